// QR codes as vector squares: the module matrix from qrcode-generator (MIT), drawn by the PDF
// renderer as one filled path of rectangles (a run of dark modules in a row is one rectangle).
import qrcode from "qrcode-generator";

/** Dark modules, row by row (error correction M: 15 % of the code may be damaged). */
export function qrMatrix(text: string): boolean[][] {
  const qr = qrcode(0, "M");
  qr.addData(text, "Byte");
  qr.make();
  const n = qr.getModuleCount();
  return Array.from({ length: n }, (_, row) =>
    Array.from({ length: n }, (_, col) => qr.isDark(row, col)),
  );
}

/** The rectangles to fill, in modules: [x, y, width, 1] per run of dark modules in a row. */
export function qrRuns(matrix: boolean[][]): [number, number, number][] {
  const runs: [number, number, number][] = [];
  matrix.forEach((row, y) => {
    let start = -1;
    for (let x = 0; x <= row.length; x++) {
      if (x < row.length && row[x]) {
        if (start < 0) start = x;
      } else if (start >= 0) {
        runs.push([start, y, x - start]);
        start = -1;
      }
    }
  });
  return runs;
}

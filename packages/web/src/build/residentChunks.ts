import type { Plugin } from "vite";

/**
 * The build's check that a resident opening a conversation loads no staff code: the chunks
 * the browser fetches for `/:slug/c/:publicId` (the entry and the voting page's chunk, with
 * everything they import statically) hold no module of the staff area. `npm run build` fails
 * otherwise, and prints what the resident loads.
 */

export interface BuiltChunk {
  fileName: string;
  isEntry: boolean;
  /** The module the chunk was made for (an entry or a dynamic import), if any. */
  facadeModuleId: string | null;
  /** Chunks it imports statically (loaded with it). */
  imports: string[];
  moduleIds: string[];
  /** Bytes of code. */
  size: number;
}

/** The voting page, loaded by the residents' route. */
export const RESIDENT_PAGE = /\/src\/conversations\/VotingPage\.tsx$/;

/** Modules of the staff area: its pages, the module's staff pages, their API calls. */
export const STAFF_MODULES: readonly RegExp[] = [
  /\/src\/pages\/(StaffLayout|StaffHomePage|SettingsPage|UsersPage|AuditPage|OutboxPage)\.tsx$/,
  /\/src\/conversations\/staff\//,
  /\/src\/legal\/staff\//,
  /\/src\/actions\/staff\//,
  /\/src\/deliberation\/staff\//,
  /\/src\/roundtables\/staff\//,
  /\/src\/api\/staff\.ts$/,
  /\/src\/components\/StaffContext\.tsx$/,
];

/** The chunks a resident's browser loads to open a conversation. */
export function residentChunks(chunks: readonly BuiltChunk[]): BuiltChunk[] {
  const byName = new Map(chunks.map((c) => [c.fileName, c]));
  const starts = chunks.filter(
    (c) => c.isEntry || (c.facadeModuleId !== null && RESIDENT_PAGE.test(c.facadeModuleId)),
  );
  if (!starts.some((c) => !c.isEntry)) {
    throw new Error("No chunk of its own for the voting page (conversations/VotingPage.tsx).");
  }
  const seen = new Map<string, BuiltChunk>();
  const stack = [...starts];
  while (stack.length > 0) {
    const chunk = stack.pop()!;
    if (seen.has(chunk.fileName)) continue;
    seen.set(chunk.fileName, chunk);
    for (const name of chunk.imports) {
      const imported = byName.get(name);
      if (imported) stack.push(imported);
    }
  }
  return [...seen.values()];
}

/** Staff modules among the given chunks' modules, as "chunk: module". */
export function staffModulesIn(chunks: readonly BuiltChunk[]): string[] {
  return chunks.flatMap((chunk) =>
    chunk.moduleIds
      .filter((id) => STAFF_MODULES.some((pattern) => pattern.test(id.split("?")[0]!)))
      .map((id) => `${chunk.fileName}: ${id}`),
  );
}

/** The Vite plugin: fails the build when the resident's chunks hold staff code. */
export function residentChunksCheck(): Plugin {
  return {
    name: "kuulo:resident-chunks",
    apply: "build",
    generateBundle(_options, bundle) {
      const chunks: BuiltChunk[] = [];
      for (const output of Object.values(bundle)) {
        if (output.type !== "chunk") continue;
        chunks.push({
          fileName: output.fileName,
          isEntry: output.isEntry,
          facadeModuleId: output.facadeModuleId,
          imports: output.imports,
          moduleIds: output.moduleIds,
          size: output.code.length,
        });
      }
      const resident = residentChunks(chunks);
      const staff = staffModulesIn(resident);
      if (staff.length > 0) {
        this.error(`A resident opening a conversation would load staff code:\n${staff.join("\n")}`);
      }
      const kB = (bytes: number) => `${(bytes / 1000).toFixed(1)} kB`;
      const total = resident.reduce((sum, c) => sum + c.size, 0);
      const all = chunks.reduce((sum, c) => sum + c.size, 0);
      this.info(
        `resident voting page loads ${resident.length} of ${chunks.length} JS chunks, ` +
          `${kB(total)} of ${kB(all)}, no staff module`,
      );
    },
  };
}

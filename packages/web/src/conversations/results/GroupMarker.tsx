import { groupStyle, shapePath } from "../lib.js";

/** A small inline picture of a group's marker (shape and colour), for legends and headings. */
export function GroupMarker({ group, size = 16 }: { group: number; size?: number }) {
  const style = groupStyle(group);
  return (
    <svg
      className="conv-marker"
      width={size}
      height={size}
      viewBox="-10 -10 20 20"
      aria-hidden="true"
      focusable="false"
    >
      <path d={shapePath(style.shape, 7)} fill={style.color} stroke="#000" strokeWidth={1} />
    </svg>
  );
}

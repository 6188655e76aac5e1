import { type ReactNode, useId } from "react";

/**
 * A table in a region that may scroll sideways on narrow screens; the region is reachable by
 * keyboard and named by the table's caption.
 */
export function ScrollTable({
  caption,
  hiddenCaption = false,
  children,
}: {
  caption: string;
  hiddenCaption?: boolean;
  children: ReactNode;
}) {
  const id = useId();
  return (
    // biome-ignore lint/a11y/noNoninteractiveTabindex: a scrolling region must be reachable by keyboard
    <section className="table-scroll" aria-labelledby={id} tabIndex={0}>
      <table>
        <caption id={id} className={hiddenCaption ? "visually-hidden" : undefined}>
          {caption}
        </caption>
        {children}
      </table>
    </section>
  );
}

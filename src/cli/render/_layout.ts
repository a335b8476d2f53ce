/** What the renderers of `src/cli/render/` share: their options, and cutting text to the terminal. */

/** How to render: the width to fit (none: never truncate) and whether to use ANSI styles. */
export interface RenderOptions {
  width?: number | undefined
  color?: boolean | undefined
}

/** Cut `text` so that `used + text` fits in `width` columns (no width: keep it whole). */
export function fit(text: string, width: number | undefined, used: number): string {
  if (width === undefined) return text
  const room = Math.max(10, width - used)
  return text.length <= room ? text : text.slice(0, room - 1) + '…'
}

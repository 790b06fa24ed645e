/**
 * The pieces every entry body is rendered with: `<Content components={bodyComponents} />` on
 * every page that shows a body. What editors may write is listed in `src/lib/body-elements.ts`
 * and enforced by the content check; this map only changes how Markdown renders (its links).
 */
import BodyLink from './BodyLink.astro';

// eslint-disable-next-line @typescript-eslint/no-unsafe-assignment -- the linter reads .astro imports without their types; astro check types them
export const bodyComponents = { a: BodyLink } as const;

/**
 * The language switch leads to the same page in the other language. Filters and anchors live in
 * the address's query and hash, which the build cannot know: add them as the visitor follows the
 * link, so they keep their place (and their filters) in the other language.
 */
function carryOver(link: HTMLAnchorElement): void {
  const target = new URL(link.href);
  target.search = window.location.search;
  target.hash = window.location.hash;
  link.href = target.href;
}

for (const link of document.querySelectorAll<HTMLAnchorElement>('a[data-language-switch]')) {
  // pointerdown and focus come before the click (and before a middle-click or "copy link").
  for (const type of ['pointerdown', 'focus', 'click'] as const) {
    link.addEventListener(type, () => {
      carryOver(link);
    });
  }
}

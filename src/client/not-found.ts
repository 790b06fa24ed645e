/**
 * On the root 404 page, served for every unknown address by hosts with only one 404 page: a
 * visitor whose address is in another language's folder (/zh-cn/…) reads that language first.
 * Each language's section carries the path its pages start with.
 */
const main = document.querySelector('main');
for (const section of document.querySelectorAll<HTMLElement>('[data-not-found-in]')) {
  if (!main || !location.pathname.startsWith(section.dataset.notFoundIn ?? '\0')) continue;
  main.prepend(section);
  const heading = section.querySelector('h2');
  if (heading?.textContent) document.title = heading.textContent;
}

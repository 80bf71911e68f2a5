/**
 * The mobile menu: on narrow screens the main navigation collapses behind a "Menü" button
 * that opens it, closes on Escape and returns focus to the button.
 */
export function enhanceNavigation(root: Document): void {
  const button = root.querySelector<HTMLButtonElement>(".nav-toggle");
  const menu = button && root.getElementById(button.getAttribute("aria-controls") ?? "");
  if (!button || !menu) return;
  const narrow = window.matchMedia("(max-width: 47.99rem)");
  const setOpen = (open: boolean): void => {
    button.setAttribute("aria-expanded", String(open));
    menu.classList.toggle("is-open", open);
  };
  const sync = (): void => {
    button.hidden = !narrow.matches;
    root.documentElement.classList.toggle("has-nav-toggle", narrow.matches);
    setOpen(false);
  };
  button.addEventListener("click", () => setOpen(button.getAttribute("aria-expanded") !== "true"));
  root.addEventListener("keydown", (event) => {
    if (event.key === "Escape" && button.getAttribute("aria-expanded") === "true") {
      setOpen(false);
      button.focus();
    }
  });
  narrow.addEventListener("change", sync);
  sync();
}

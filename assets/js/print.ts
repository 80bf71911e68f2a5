/** Shows the "Seite drucken" buttons (they need JavaScript) and wires them to the print dialog. */
export function enhancePrintButtons(root: Document): void {
  for (const element of root.querySelectorAll<HTMLElement>(".print-button")) element.hidden = false;
  for (const button of root.querySelectorAll<HTMLButtonElement>("button[data-print]")) {
    button.addEventListener("click", () => window.print());
  }
}

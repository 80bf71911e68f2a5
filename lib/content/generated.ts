/** Pages that no Markdown file makes: TSX templates in `src/` that generate them. */

/** URLs that templates other than Markdown pages produce, with their template. */
export const GENERATED_URLS: Record<string, string> = {
  "/bildnachweis/": "src/bildnachweis.11ty.tsx",
  "/foerderung/": "src/foerderung/index.11ty.tsx",
  "/publikationen/": "src/publikationen/index.11ty.tsx",
  "/suche/": "src/suche.11ty.tsx",
};

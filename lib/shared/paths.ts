/** Folders of the project that several layers name. */

/** Folder of the source photos, relative to the project root. */
export const IMAGE_DIR = "assets/images";

/** Folder of the publications' PDFs, relative to the project root. */
export const PDF_DIR = "assets/publikationen";

/** Where the PDFs are on the website (not below `/assets/`: those files are cached for a year as immutable, a corrected PDF keeps its name). */
export const PDF_URL_DIR = "/dateien/publikationen";

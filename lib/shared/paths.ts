/** Folders of the project that several layers name. */

/** Folder of the source photos, relative to the project root. */
export const IMAGE_DIR = "assets/images";

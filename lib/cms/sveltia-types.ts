/**
 * Sveltia CMS's configuration types. Its package entry re-exports them from a path without
 * an extension, which NodeNext resolution cannot follow, so we name the file itself.
 */
export type { CmsConfig, Collection, Field } from "../../node_modules/@sveltia/cms/types/public.d.ts";

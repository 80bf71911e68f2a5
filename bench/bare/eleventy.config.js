/**
 * The bare Eleventy build the benchmark compares against: the same Markdown files, Eleventy's
 * default markdown-it, one trivial layout, no plugins, no TypeScript loader. Plain JavaScript
 * on purpose, so nothing but Eleventy itself is measured.
 */
export default function (eleventyConfig) {
  eleventyConfig.addGlobalData("layout", "bare.html");
  // The corpus's front matter names the site's layouts; here they all mean the trivial one.
  for (const name of ["page", "topic", "themen", "home"]) eleventyConfig.addLayoutAlias(name, "bare.html");
  eleventyConfig.setQuietMode(true);
}

export const config = {
  templateFormats: ["md"],
  markdownTemplateEngine: false,
  dir: { input: "src", includes: "../_includes", output: "_site" },
};

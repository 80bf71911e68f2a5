import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { shippedSvgs, svgFindings, svgProblems } from "../../../lib/validate/svg.ts";

describe("svgFindings", () => {
  it("passes the site's own icon", () => {
    assert.deepEqual(svgProblems(process.cwd(), "assets/icons/sez.svg"), []);
  });
  it("finds script, event handlers and foreign content with their lines", () => {
    const text = '<svg xmlns="http://www.w3.org/2000/svg">\n<rect onclick="x()"/>\n<script>alert(1)</script>\n<foreignObject><div/></foreignObject>\n</svg>';
    const found = svgFindings(text).map((f) => `${f.line} ${f.what}`);
    assert.ok(found.includes("2 das Attribut onclick= (Programmcode)"), found.join("\n"));
    assert.ok(found.includes("3 ein <script>-Element (Programmcode)"));
    assert.ok(found.some((f) => f.startsWith("4 das Element <foreignObject>")));
  });
  it("finds links and url() to other files or hosts, but allows #fragments", () => {
    assert.deepEqual(svgFindings('<svg><defs><linearGradient id="g"/></defs><rect fill="url(#g)"/><use href="#g"/></svg>'), []);
    assert.equal(svgFindings('<svg><use href="https://evil.example/a.svg#x"/></svg>').length, 1);
    assert.equal(svgFindings('<svg><rect style="fill:url(https://evil.example/)"/></svg>').length, 1);
    assert.equal(svgFindings('<svg><a xlink:href="javascript:alert(1)"><rect/></a></svg>').length, 2);
  });
  it("finds entity definitions and a text that is no SVG", () => {
    assert.ok(svgFindings('<!DOCTYPE svg [<!ENTITY a "b">]><svg/>').length >= 1);
    assert.ok(svgFindings("<html><body/></html>").length >= 1);
    assert.ok(svgFindings("kein svg").length >= 1);
  });
  it("lists every SVG below assets/", () => {
    assert.ok(shippedSvgs(process.cwd()).includes("assets/icons/sez.svg"));
  });
});

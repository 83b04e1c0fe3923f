// Print what pdf.js (the reader of Firefox and most web viewers) extracts from a PDF, as JSON:
// {"pages": [{"items": [{"str", "hasEOL", "x", "y"}...], "text": "..."}], "title", "lang"}.
// "text" joins the items the way pdf.js's own text layer and find bar read them: in the
// order getTextContent returns them, a newline after an item that ends a line.
// Usage: node pdfjs_text.mjs FILE.pdf
import { readFile } from "node:fs/promises";
import { getDocument } from "pdfjs-dist/legacy/build/pdf.mjs";

const data = new Uint8Array(await readFile(process.argv[2]));
const doc = await getDocument({ data, verbosity: 0, isEvalSupported: false }).promise;
const pages = [];
for (let number = 1; number <= doc.numPages; number++) {
  const page = await doc.getPage(number);
  const content = await page.getTextContent();
  const items = content.items
    .filter((item) => "str" in item)
    .map((item) => ({
      str: item.str,
      hasEOL: item.hasEOL,
      x: item.transform[4],
      y: item.transform[5],
      dir: item.dir,
    }));
  const text = items.map((item) => item.str + (item.hasEOL ? "\n" : "")).join("");
  pages.push({ items, text });
}
const meta = await doc.getMetadata();
console.log(JSON.stringify({ pages, title: meta.info.Title ?? null, lang: meta.info.Language ?? null }));

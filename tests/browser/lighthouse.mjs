// Lighthouse on the mobile preset (its default configuration) for each address given,
// in one Chromium: the one the rest of the browser suite uses (CHROME_PATH), with the
// suite's switches (CHROME_FLAGS, a JSON list, from browsertools.CHROMIUM_ARGS).
// Prints one JSON object: for each address, each category's score and the audits
// that did not pass in full (for a failing test to name).
import lighthouse from "lighthouse";
import * as chromeLauncher from "chrome-launcher";

const [, , ...urls] = process.argv;
const chrome = await chromeLauncher.launch({
  chromePath: process.env.CHROME_PATH,
  chromeFlags: ["--headless=new", ...JSON.parse(process.env.CHROME_FLAGS)],
});
const found = {};
try {
  for (const url of urls) {
    const { lhr } = await lighthouse(url, {
      port: chrome.port, output: "json", logLevel: "error",
      onlyCategories: ["accessibility", "performance", "best-practices"],
    });
    const below = (category) => lhr.categories[category].auditRefs
      .map((ref) => lhr.audits[ref.id])
      .filter((a) => a.score !== null && a.score < 1 && a.scoreDisplayMode !== "informative"
        && a.scoreDisplayMode !== "manual" && a.scoreDisplayMode !== "notApplicable")
      .map((a) => ({ id: a.id, title: a.title, score: a.score, display: a.displayValue || "",
        items: (a.details?.items || []).slice(0, 5).map((i) => i.node?.snippet || i.url || "") }));
    found[url] = {
      error: lhr.runtimeError?.message || null,
      scores: Object.fromEntries(Object.entries(lhr.categories).map(([k, c]) => [k, c.score])),
      failed: { accessibility: below("accessibility"), "best-practices": below("best-practices") },
    };
  }
} finally {
  await chrome.kill();
}
process.stdout.write(JSON.stringify(found, null, 1));

import { defineConfig } from "@playwright/test";

// Debian's Chromium, never a downloaded browser. The flags keep it off the network, which this
// machine closes anyway (see the README).
const chromium = {
  executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
  args: [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
  ],
};

export default defineConfig({
  testDir: "./tests",
  outputDir: "./test-results",
  reporter: [["list"]],
  workers: 2,
  // axe-core and full-page screenshots on a busy 2-core machine; long flows set their own.
  timeout: 60_000,
  retries: 0,
  use: {
    baseURL: process.env.BASE_URL ?? "http://127.0.0.1:3000",
    browserName: "chromium",
    launchOptions: chromium,
    locale: "it-IT",
  },
  projects: [
    {
      name: "phone",
      testIgnore: /(nojs|pay-two|office)\.spec/,
      use: { viewport: { width: 360, height: 740 }, isMobile: true, hasTouch: true, deviceScaleFactor: 2 },
    },
    {
      name: "desktop",
      testMatch: /(a11y|keyboard)\.spec/,
      use: { viewport: { width: 1280, height: 800 } },
    },
    // The school office: desk first, tablet too (the spec checks both sizes on a fresh server).
    {
      name: "office",
      testMatch: /office\.spec/,
      use: { viewport: { width: 1280, height: 800 } },
    },
    {
      name: "no-javascript",
      testMatch: /nojs\.spec/,
      use: { viewport: { width: 360, height: 740 }, javaScriptEnabled: false },
    },
    // Paying two notices from the family page (each test on a fresh server of its own): three
    // sizes, each with JavaScript and without.
    ...[
      { size: "320", viewport: { width: 320, height: 740 }, isMobile: true, hasTouch: true },
      { size: "768", viewport: { width: 768, height: 1024 }, isMobile: false, hasTouch: true },
      { size: "1280", viewport: { width: 1280, height: 800 }, isMobile: false, hasTouch: false },
    ].flatMap(({ size, ...device }) =>
      [true, false].map((javaScriptEnabled) => ({
        name: `pay-${size}${javaScriptEnabled ? "" : "-nojs"}`,
        testMatch: /pay-two\.spec/,
        use: { ...device, javaScriptEnabled },
      })),
    ),
  ],
});

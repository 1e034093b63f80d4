// Debian's Chromium driven by playwright-core: never a downloaded browser (issue 2).
'use strict';
const { chromium } = require('playwright-core');

const executablePath = process.env.CHROMIUM_PATH || '/usr/bin/chromium';
const args = [
  '--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
  '--disable-background-networking', '--disable-component-update', '--disable-sync',
];

function launchChromium() {
  return chromium.launch({ executablePath, args, headless: true });
}

module.exports = { launchChromium };

// Build benchmark: generates synthetic claim and explainer records (both languages) into a
// temporary content folder, builds each size with Pagefind and share cards, and prints build
// seconds, seconds per page, peak memory, dist/ size and index size. Each size is built twice:
// cold, with an empty share-card cache (every card drawn), then warm (every card read back from
// the cache). The real content/ folder and the real card cache are never touched.
//   node bench/build.mjs [sizes...]        (default: 100 1000 5000 claims)
import { spawn } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const ROOT = resolve(import.meta.dirname, '..');
const sizes = process.argv.slice(2).map(Number).filter(Boolean);
const runs = sizes.length ? sizes : [100, 1000, 5000];
const FIXTURE = join(ROOT, 'tests/fixtures/valid');

function generate(dir, claims) {
  cpSync(FIXTURE, dir, { recursive: true });
  rmSync(join(dir, 'claims'), { recursive: true, force: true });
  rmSync(join(dir, 'explainers'), { recursive: true, force: true });
  mkdirSync(join(dir, 'claims'));
  const words = 'trade controls chips training cost market share model reasoning benchmark evidence'.split(' ');
  const zhWords = '出口管制 芯片 训练 成本 市场 份额 模型 推理 基准 证据'.split(' ');
  const text = (n, i, list, sep) => Array.from({ length: n }, (_, k) => list[(i * 7 + k * 3) % list.length]).join(sep);
  const ratings = ['accurate', 'mostly-accurate', 'needs-context', 'misleading', 'inaccurate', 'unproven'];
  for (let i = 0; i < claims; i++) {
    writeFileSync(
      join(dir, 'claims', `synthetic-${i}.yaml`),
      [
        `statement: { en: "Synthetic claim ${i}: ${text(12, i, words, ' ')}.", zh: "合成说法 ${i}：${text(12, i, zhWords, '')}。" }`,
        `summary: { en: "Synthetic claim number ${i}", zh: "合成说法 ${i}" }`,
        'speaker: test-speaker',
        `appearance: { url: "https://example.org/a/${i}", date: 2025-01-27, medium: { en: Fixture, zh: 测试 } }`,
        `rating: ${ratings[i % ratings.length]}`,
        `verdict: { en: "Synthetic verdict ${i}.", zh: "合成结论 ${i}。" }`,
        `explanation: { en: "${text(120, i, words, ' ')}, see [the source](https://example.org/source).", zh: "${text(120, i, zhWords, '')}，见[资料](https://example.org/source)。" }`,
        'sources: [test-source]',
        'evidence: [{ source: test-source, lang: en, quote: "The fixture source\'s own words." }]',
        'topics: [deepseek]',
        'reviewed: 2026-11-28',
      ].join('\n'),
    );
  }
  // One explainer per 25 claims, each discussing its 25.
  for (const locale of ['en', 'zh']) {
    mkdirSync(join(dir, 'explainers', locale), { recursive: true });
    for (let e = 0; e * 25 < claims; e++) {
      const ids = Array.from({ length: Math.min(25, claims - e * 25) }, (_, k) => `synthetic-${e * 25 + k}`);
      const body = Array.from(
        { length: 8 },
        (_, s) =>
          `## Section ${s}\n\n${text(150, e + s, locale === 'en' ? words : zhWords, locale === 'en' ? ' ' : '')}.\n`,
      ).join('\n');
      writeFileSync(
        join(dir, 'explainers', locale, `synthetic-${e}.mdx`),
        `---\nslug: synthetic-${e}\ntitle: Synthetic explainer ${e}\ndescription: A synthetic explainer for the build benchmark.\npublished: 2026-11-28\nasOf: 2026-11-28\ntopic: deepseek\nclaims: [${ids.join(', ')}]\nsources: [test-source]\n---\n\n${body}`,
      );
    }
  }
}

const dirSize = (dir) =>
  readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((d) => d.isFile())
    .reduce((n, d) => n + statSync(join(d.parentPath, d.name)).size, 0);

/** Resident memory of a process and all its descendants, from /proc (Linux). */
function treeRss(pid) {
  try {
    const rss = Number(/VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1] ?? 0) * 1024;
    const children = readFileSync(`/proc/${pid}/task/${pid}/children`, 'utf8').trim().split(/\s+/).filter(Boolean);
    return rss + children.reduce((n, c) => n + treeRss(Number(c)), 0);
  } catch {
    return 0;
  }
}

/**
 * CPU seconds used by this process's finished children (utime + stime of the waited-for children,
 * grandchildren included), read from /proc/self/stat (Linux; null elsewhere). Wall time on a shared
 * 2-core machine depends on what else runs; CPU time much less.
 */
function childCpuSeconds() {
  try {
    const fields = readFileSync('/proc/self/stat', 'utf8').split(') ')[1].split(' ');
    // Fields 16 and 17 of stat(5) (cutime, cstime), counted from field 3 after the name.
    return (Number(fields[13]) + Number(fields[14])) / 100;
  } catch {
    return null;
  }
}

/** Seconds Astro reports for the card routes ("/cards/claims/x.png (+3ms)"), summed. */
function cardSeconds(log) {
  let ms = 0;
  for (const [, value, unit] of log.matchAll(/\/cards\/\S+\.png \(\+([\d.]+)(ms|s)\)/g))
    ms += Number(value) * (unit === 's' ? 1000 : 1);
  return ms / 1000;
}

function build(contentDir, outDir, cardCache) {
  return new Promise((ok, fail) => {
    const start = process.hrtime.bigint();
    const cpuStart = childCpuSeconds();
    const child = spawn(
      process.execPath,
      [join(ROOT, 'node_modules/astro/bin/astro.mjs'), 'build', '--outDir', outDir],
      {
        cwd: ROOT,
        env: {
          ...process.env,
          CONTENT_DIR: contentDir,
          SHARE_CARD_CACHE: cardCache,
          ASTRO_TELEMETRY_DISABLED: '1',
          NO_COLOR: '1',
          FORCE_COLOR: '0',
        },
        stdio: ['ignore', 'pipe', 'pipe'],
      },
    );
    let peak = 0;
    let log = '';
    const timer = setInterval(() => (peak = Math.max(peak, treeRss(child.pid))), 100);
    child.stdout.on('data', (d) => (log += d));
    child.stderr.on('data', (d) => (log += d));
    child.on('exit', (code) => {
      clearInterval(timer);
      if (code !== 0) return fail(new Error(`build failed:\n${log.slice(-2000)}`));
      const cpuEnd = childCpuSeconds();
      ok({
        seconds: Number(process.hrtime.bigint() - start) / 1e9,
        cpu: cpuStart === null || cpuEnd === null ? null : cpuEnd - cpuStart,
        peak,
        cards: cardSeconds(log),
      });
    });
  });
}

const mb = (b) => `${(b / 1024 / 1024).toFixed(1)} MB`;
for (const claims of runs) {
  const work = mkdtempSync(join(tmpdir(), `bench-${claims}-`));
  const content = join(work, 'content');
  const out = join(work, 'dist');
  const cardCache = join(work, 'card-cache');
  generate(content, claims);
  const cold = await build(content, out, cardCache);
  const files = readdirSync(out, { recursive: true }).map(String);
  const pages = files.filter((f) => f.endsWith('.html')).length;
  const cards = files.filter((f) => /(^|\/)cards\/.*\.png$/.test(f)).length;
  const sizes = {
    dist: dirSize(out),
    pagefind: dirSize(join(out, 'pagefind')),
    cards: dirSize(join(out, 'cards')) + dirSize(join(out, 'zh/cards')),
  };
  const fileCount = readdirSync(out, { recursive: true, withFileTypes: true }).filter((d) => d.isFile()).length;
  const cardBytes = files
    .filter((f) => /(^|\/)cards\/.*\.png$/.test(f))
    .map((f) => statSync(join(out, f)).size)
    .sort((a, b) => a - b);
  const warm = await build(content, out, cardCache);
  const cpu = (run) => (run.cpu === null ? '' : ` (CPU ${run.cpu.toFixed(1)} s)`);
  const kb = (b) => `${(b / 1024).toFixed(1)} KB`;
  const ms = (s, n) => `${((s / n) * 1000).toFixed(1)} ms`;
  // A card's cost is what it adds to the build: cold minus warm. Warm, a card costs its route's
  // time (Astro's per-route work, the tree's hash, the cache read).
  console.log(
    `${String(claims).padStart(5)} claims (load average ${loadavg()[0].toFixed(1)} at the end): ${pages} pages + ${cards} cards; cold ${cold.seconds.toFixed(1)} s${cpu(cold)}, warm ${warm.seconds.toFixed(1)} s${cpu(warm)}; ` +
      `a card adds ${ms(cold.seconds - warm.seconds, cards)} drawn, ${ms(warm.cards, cards)} cached; ${ms(warm.seconds, pages)}/page warm; ` +
      `peak memory ${mb(Math.max(cold.peak, warm.peak))}, dist ${mb(sizes.dist)} in ${fileCount} files (cards ${mb(sizes.cards)}: smallest ${kb(cardBytes[0])}, median ${kb(cardBytes[cardBytes.length >> 1])}, largest ${kb(cardBytes.at(-1))}), Pagefind index ${mb(sizes.pagefind)}`,
  );
  rmSync(work, { recursive: true, force: true });
}

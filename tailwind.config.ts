import type { Config } from 'tailwindcss';
import typography from '@tailwindcss/typography';

/**
 * Loaded from src/styles/global.css with `@config`. Colours are CSS variables (defined in
 * global.css for each theme) so one class list serves light, dark and print.
 */
export default {
  content: ['./src/**/*.{astro,ts,mdx}', './content/**/*.mdx'],
  theme: {
    extend: {
      colors: {
        bg: 'var(--color-bg)',
        fg: 'var(--color-fg)',
        muted: 'var(--color-muted)',
        accent: 'var(--color-accent)',
        surface: 'var(--color-surface)',
        line: 'var(--color-line)',
      },
      fontFamily: {
        sans: [
          'system-ui',
          '-apple-system',
          '"Segoe UI"',
          'Roboto',
          '"Noto Sans"',
          '"PingFang SC"',
          '"Hiragino Sans GB"',
          '"Microsoft YaHei"',
          '"Noto Sans CJK SC"',
          'sans-serif',
        ],
        serif: ['Georgia', '"Noto Serif"', '"Songti SC"', '"Noto Serif CJK SC"', 'serif'],
      },
      maxWidth: { prose: '42rem' },
    },
  },
  plugins: [typography],
} satisfies Config;

import { listenForEarlyTouch } from './app/early-touch';
import './ui/styles.css';

/**
 * The entry point only remembers an early touch and waits for the first frame. index.html
 * already holds the attract screen (prerendered at build time, tools/prerender), so after a power
 * cut the screen is up as soon as the HTML and CSS arrive; React and the rest load after that
 * frame instead of before it (bench/workloads/cold-start.ts measures this).
 */
listenForEarlyTouch();
requestAnimationFrame(() => setTimeout(() => void import('./boot')));

/**
 * Saves an ECharts option as a PNG file. The chart is drawn again off-screen by the canvas
 * renderer at a fixed size (so a small sparkline or an SVG-rendered map still gives a
 * presentable, titled image), read out at twice the pixel density, and disposed.
 */
import * as echarts from 'echarts/core';
import { CanvasRenderer } from 'echarts/renderers';
import type { Translate } from '../i18n/i18n';

echarts.use([CanvasRenderer]);

export interface PngSize {
  width: number;
  height: number;
}

/** Draws the option off-screen and returns the PNG as a data: URL. */
export function renderPng(option: object, size: PngSize): string {
  const holder = document.createElement('div');
  holder.style.cssText = `position:fixed;left:-10000px;top:0;width:${size.width}px;height:${size.height}px`;
  document.body.appendChild(holder);
  const chart = echarts.init(holder, undefined, { renderer: 'canvas', ...size });
  try {
    chart.setOption({ ...option, animation: false });
    return chart.getDataURL({ type: 'png', pixelRatio: 2, backgroundColor: '#ffffff' });
  } finally {
    chart.dispose();
    holder.remove();
  }
}

/** Offers the PNG as a download named `fileName` (.png added when missing). */
export function savePng(option: object, size: PngSize, fileName: string): void {
  const a = document.createElement('a');
  a.href = renderPng(option, size);
  a.download = fileName.endsWith('.png') ? fileName : `${fileName}.png`;
  document.body.appendChild(a);
  a.click();
  a.remove();
}

/** A chart's title, marked 演示数据 when the figures are synthetic (the saved image says so too). */
export function chartTitle(title: string, demo: boolean, t: Translate): string {
  return demo ? `${title}（${t('chart.demo')}）` : title;
}

/** A file name without the characters Windows refuses. */
export function safeFileName(name: string): string {
  return name.replace(/[\\/:*?"<>|]+/g, '_');
}

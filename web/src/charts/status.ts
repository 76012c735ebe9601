import type { TargetStatus } from '../api';

/** One colour per target status (the same as the server-rendered start page). */
export const STATUS_COLOURS: Record<TargetStatus, string> = {
  met: '#237804',
  onTrack: '#1677ff',
  lagging: '#d48806',
  severelyLagging: '#cf1322',
  preBaseline: '#8c8c8c',
  noData: '#8c8c8c',
  notComputed: '#8c8c8c',
};

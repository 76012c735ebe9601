// Global test setup: pin the time zone the platform reports dates in.
export default function setup(): void {
  process.env.TZ = 'Asia/Shanghai';
}

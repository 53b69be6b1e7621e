export { TasksDashboard } from './TasksDashboard';
export { TrackerPanel, type TrackerPanelProps } from './TrackerPanel';

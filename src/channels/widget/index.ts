export { apiCors } from './api-cors.js';
export { chatModelStreamer, singlePieceStreamer, type AnswerStreamer, type ChatModelStreamerOptions } from './stream-answer.js';
export type { StreamEvent } from './stream-events.js';
export { widgetRoutes, type WidgetDependencies, type WidgetOptions } from './widget-routes.js';

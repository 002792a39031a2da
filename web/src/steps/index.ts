// Step forms and smart panels shared by the queues, the ticket page and the intake screen.
export { ActionBar, StepForm } from './ActionBar';
export { availableActions, keyOf, subtreeOf } from './actions';
export { classify, loadTicket, replyQuality, runStep, similarOf, similarToDraft } from './api';
export type { DraftText, ReplyQuality, SimilarTicket, Suggestion } from './api';
export {
  AnswerForm, CallbackForm, CloseForm, DispatchForm, ExtendForm, MergeForm, ReopenForm, ReplyForm, ReturnForm, ReviewForm,
  SuperviseForm, SupervisionReplyForm, TransferForm,
} from './forms';
export { QualityScore, SimilarPanel, SuggestionPanel } from './panels';
export { KeyHints, QueueFrame, QueueTable, QueueTabs } from './QueueTable';
export { TicketSummary } from './TicketSummary';
export { useQueue } from './useQueue';

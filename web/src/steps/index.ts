// Step forms and smart panels shared by the queues, the ticket page and the intake screen.
export { ActionBar, StepForm } from './ActionBar';
export { ACTION_KEYS, availableActions, keyOf, subtreeOf, unitsBelow } from './actions';
export { classify, loadTicket, replyQuality, runStep, similarOf, similarToDraft } from './api';
export type { DraftText, ReplyQuality, SimilarTicket, Suggestion } from './api';
export {
  AnswerForm, CallbackForm, CloseForm, DelegateForm, DispatchForm, ExtendForm, MergeForm, RefuseForm, ReopenForm, ReplyForm, RerouteForm,
  ReturnForm, ReviewForm, ReviewReplyForm, SuperviseForm, SupervisionReplyForm, TransferForm, WithdrawForm,
} from './forms';
export { QualityScore, SimilarPanel, SuggestionPanel } from './panels';
export { KeyHints, QueueFrame, QueueTable, QueueTabs } from './QueueTable';
export { ChainView, levelDeadline } from './ChainView';
export { TicketSummary } from './TicketSummary';
export { useQueue } from './useQueue';

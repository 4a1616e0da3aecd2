export { TxSender, type TxBody } from './tx-sender.ts';
export { VenueView } from './venue-view.ts';
export {
  newViewState,
  viewAgeUs,
  viewMarketActive,
  viewMarkTicks,
  viewNext,
  viewReceive,
  VIEW_PENDING_HEIGHTS_MAX,
  type ViewState,
  type MarketView,
  type ExecutedBlockView,
} from './view-state.ts';
export { nextTx, publishTx, type TxSequence } from './tx-sequence.ts';

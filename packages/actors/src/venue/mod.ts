export { TxSender, type TxBody } from './tx-sender.ts';
export { VenueView, type MarketView, type ExecutedBlockView } from './venue-view.ts';

import * as $protobuf from "protobufjs";
import Long = require("long");

/** Namespace faultline. */
export namespace faultline {

    /** Namespace v1. */
    namespace v1 {

        /** VoteType enum. */
        enum VoteType {

            /** VOTE_TYPE_UNSPECIFIED value */
            VOTE_TYPE_UNSPECIFIED = 0,

            /** VOTE_TYPE_PREVOTE value */
            VOTE_TYPE_PREVOTE = 1,

            /** VOTE_TYPE_PRECOMMIT value */
            VOTE_TYPE_PRECOMMIT = 2
        }

        /**
         * Properties of a BlockHeader.
         * @deprecated Use faultline.v1.BlockHeader.$Properties instead.
         */
        interface IBlockHeader extends faultline.v1.BlockHeader.$Properties {
        }

        /** Represents a BlockHeader. */
        class BlockHeader {

            /**
             * Constructs a new BlockHeader.
             * @param [properties] Properties to set
             */
            constructor(properties?: faultline.v1.BlockHeader.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** BlockHeader height. */
            height: number;

            /** BlockHeader round. */
            round: number;

            /** BlockHeader proposerId. */
            proposerId: string;

            /** BlockHeader prevBlockHash. */
            prevBlockHash: Uint8Array;

            /** BlockHeader timeUs. */
            timeUs: number;

            /** BlockHeader txsHash. */
            txsHash: Uint8Array;

            /** BlockHeader txCount. */
            txCount: number;

            /** BlockHeader lastCommitHash. */
            lastCommitHash: Uint8Array;

            /**
             * Creates a new BlockHeader instance using the specified properties.
             * @param [properties] Properties to set
             * @returns BlockHeader instance
             */
            static create(properties: faultline.v1.BlockHeader.$Shape): faultline.v1.BlockHeader & faultline.v1.BlockHeader.$Shape;
            static create(properties?: faultline.v1.BlockHeader.$Properties): faultline.v1.BlockHeader;

            /**
             * Encodes the specified BlockHeader message. Does not implicitly {@link faultline.v1.BlockHeader.verify|verify} messages.
             * @param message BlockHeader message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: faultline.v1.BlockHeader.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified BlockHeader message, length delimited. Does not implicitly {@link faultline.v1.BlockHeader.verify|verify} messages.
             * @param message BlockHeader message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: faultline.v1.BlockHeader.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a BlockHeader message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {faultline.v1.BlockHeader & faultline.v1.BlockHeader.$Shape} BlockHeader
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): faultline.v1.BlockHeader & faultline.v1.BlockHeader.$Shape;

            /**
             * Decodes a BlockHeader message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {faultline.v1.BlockHeader & faultline.v1.BlockHeader.$Shape} BlockHeader
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): faultline.v1.BlockHeader & faultline.v1.BlockHeader.$Shape;
        }

        namespace BlockHeader {

            /** Properties of a BlockHeader. */
            interface $Properties {

                /** BlockHeader height */
                height?: (number|null);

                /** BlockHeader round */
                round?: (number|null);

                /** BlockHeader proposerId */
                proposerId?: (string|null);

                /** BlockHeader prevBlockHash */
                prevBlockHash?: (Uint8Array|null);

                /** BlockHeader timeUs */
                timeUs?: (number|null);

                /** BlockHeader txsHash */
                txsHash?: (Uint8Array|null);

                /** BlockHeader txCount */
                txCount?: (number|null);

                /** BlockHeader lastCommitHash */
                lastCommitHash?: (Uint8Array|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a BlockHeader. */
            type $Shape = faultline.v1.BlockHeader.$Properties;
        }

        /**
         * Properties of a Block.
         * @deprecated Use faultline.v1.Block.$Properties instead.
         */
        interface IBlock extends faultline.v1.Block.$Properties {
        }

        /** Represents a Block. */
        class Block {

            /**
             * Constructs a new Block.
             * @param [properties] Properties to set
             */
            constructor(properties?: faultline.v1.Block.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** Block header. */
            header?: (faultline.v1.BlockHeader.$Properties|null);

            /** Block txs. */
            txs: Uint8Array[];

            /** Block lastCommit. */
            lastCommit?: (faultline.v1.CommitCertificate.$Properties|null);

            /**
             * Creates a new Block instance using the specified properties.
             * @param [properties] Properties to set
             * @returns Block instance
             */
            static create(properties: faultline.v1.Block.$Shape): faultline.v1.Block & faultline.v1.Block.$Shape;
            static create(properties?: faultline.v1.Block.$Properties): faultline.v1.Block;

            /**
             * Encodes the specified Block message. Does not implicitly {@link faultline.v1.Block.verify|verify} messages.
             * @param message Block message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: faultline.v1.Block.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified Block message, length delimited. Does not implicitly {@link faultline.v1.Block.verify|verify} messages.
             * @param message Block message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: faultline.v1.Block.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a Block message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {faultline.v1.Block & faultline.v1.Block.$Shape} Block
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): faultline.v1.Block & faultline.v1.Block.$Shape;

            /**
             * Decodes a Block message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {faultline.v1.Block & faultline.v1.Block.$Shape} Block
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): faultline.v1.Block & faultline.v1.Block.$Shape;
        }

        namespace Block {

            /** Properties of a Block. */
            interface $Properties {

                /** Block header */
                header?: (faultline.v1.BlockHeader.$Properties|null);

                /** Block txs */
                txs?: (Uint8Array[]|null);

                /** Block lastCommit */
                lastCommit?: (faultline.v1.CommitCertificate.$Properties|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a Block. */
            type $Shape = faultline.v1.Block.$Properties;
        }

        /**
         * Properties of a Proposal.
         * @deprecated Use faultline.v1.Proposal.$Properties instead.
         */
        interface IProposal extends faultline.v1.Proposal.$Properties {
        }

        /** Represents a Proposal. */
        class Proposal {

            /**
             * Constructs a new Proposal.
             * @param [properties] Properties to set
             */
            constructor(properties?: faultline.v1.Proposal.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** Proposal height. */
            height: number;

            /** Proposal round. */
            round: number;

            /** Proposal polRound. */
            polRound: number;

            /** Proposal block. */
            block?: (faultline.v1.Block.$Properties|null);

            /** Proposal blockHash. */
            blockHash: Uint8Array;

            /** Proposal proposerId. */
            proposerId: string;

            /** Proposal timestampUs. */
            timestampUs: number;

            /** Proposal signature. */
            signature: Uint8Array;

            /**
             * Creates a new Proposal instance using the specified properties.
             * @param [properties] Properties to set
             * @returns Proposal instance
             */
            static create(properties: faultline.v1.Proposal.$Shape): faultline.v1.Proposal & faultline.v1.Proposal.$Shape;
            static create(properties?: faultline.v1.Proposal.$Properties): faultline.v1.Proposal;

            /**
             * Encodes the specified Proposal message. Does not implicitly {@link faultline.v1.Proposal.verify|verify} messages.
             * @param message Proposal message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: faultline.v1.Proposal.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified Proposal message, length delimited. Does not implicitly {@link faultline.v1.Proposal.verify|verify} messages.
             * @param message Proposal message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: faultline.v1.Proposal.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a Proposal message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {faultline.v1.Proposal & faultline.v1.Proposal.$Shape} Proposal
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): faultline.v1.Proposal & faultline.v1.Proposal.$Shape;

            /**
             * Decodes a Proposal message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {faultline.v1.Proposal & faultline.v1.Proposal.$Shape} Proposal
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): faultline.v1.Proposal & faultline.v1.Proposal.$Shape;
        }

        namespace Proposal {

            /** Properties of a Proposal. */
            interface $Properties {

                /** Proposal height */
                height?: (number|null);

                /** Proposal round */
                round?: (number|null);

                /** Proposal polRound */
                polRound?: (number|null);

                /** Proposal block */
                block?: (faultline.v1.Block.$Properties|null);

                /** Proposal blockHash */
                blockHash?: (Uint8Array|null);

                /** Proposal proposerId */
                proposerId?: (string|null);

                /** Proposal timestampUs */
                timestampUs?: (number|null);

                /** Proposal signature */
                signature?: (Uint8Array|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a Proposal. */
            type $Shape = faultline.v1.Proposal.$Properties;
        }

        /**
         * Properties of a Vote.
         * @deprecated Use faultline.v1.Vote.$Properties instead.
         */
        interface IVote extends faultline.v1.Vote.$Properties {
        }

        /** Represents a Vote. */
        class Vote {

            /**
             * Constructs a new Vote.
             * @param [properties] Properties to set
             */
            constructor(properties?: faultline.v1.Vote.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** Vote type. */
            type: faultline.v1.VoteType;

            /** Vote height. */
            height: number;

            /** Vote round. */
            round: number;

            /** Vote blockHash. */
            blockHash: Uint8Array;

            /** Vote validatorId. */
            validatorId: string;

            /** Vote timestampUs. */
            timestampUs: number;

            /** Vote signature. */
            signature: Uint8Array;

            /**
             * Creates a new Vote instance using the specified properties.
             * @param [properties] Properties to set
             * @returns Vote instance
             */
            static create(properties: faultline.v1.Vote.$Shape): faultline.v1.Vote & faultline.v1.Vote.$Shape;
            static create(properties?: faultline.v1.Vote.$Properties): faultline.v1.Vote;

            /**
             * Encodes the specified Vote message. Does not implicitly {@link faultline.v1.Vote.verify|verify} messages.
             * @param message Vote message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: faultline.v1.Vote.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified Vote message, length delimited. Does not implicitly {@link faultline.v1.Vote.verify|verify} messages.
             * @param message Vote message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: faultline.v1.Vote.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a Vote message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {faultline.v1.Vote & faultline.v1.Vote.$Shape} Vote
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): faultline.v1.Vote & faultline.v1.Vote.$Shape;

            /**
             * Decodes a Vote message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {faultline.v1.Vote & faultline.v1.Vote.$Shape} Vote
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): faultline.v1.Vote & faultline.v1.Vote.$Shape;
        }

        namespace Vote {

            /** Properties of a Vote. */
            interface $Properties {

                /** Vote type */
                type?: (faultline.v1.VoteType|null);

                /** Vote height */
                height?: (number|null);

                /** Vote round */
                round?: (number|null);

                /** Vote blockHash */
                blockHash?: (Uint8Array|null);

                /** Vote validatorId */
                validatorId?: (string|null);

                /** Vote timestampUs */
                timestampUs?: (number|null);

                /** Vote signature */
                signature?: (Uint8Array|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a Vote. */
            type $Shape = faultline.v1.Vote.$Properties;
        }

        /**
         * Properties of a CommitCertificate.
         * @deprecated Use faultline.v1.CommitCertificate.$Properties instead.
         */
        interface ICommitCertificate extends faultline.v1.CommitCertificate.$Properties {
        }

        /** Represents a CommitCertificate. */
        class CommitCertificate {

            /**
             * Constructs a new CommitCertificate.
             * @param [properties] Properties to set
             */
            constructor(properties?: faultline.v1.CommitCertificate.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** CommitCertificate height. */
            height: number;

            /** CommitCertificate round. */
            round: number;

            /** CommitCertificate blockHash. */
            blockHash: Uint8Array;

            /** CommitCertificate precommits. */
            precommits: faultline.v1.Vote.$Properties[];

            /**
             * Creates a new CommitCertificate instance using the specified properties.
             * @param [properties] Properties to set
             * @returns CommitCertificate instance
             */
            static create(properties: faultline.v1.CommitCertificate.$Shape): faultline.v1.CommitCertificate & faultline.v1.CommitCertificate.$Shape;
            static create(properties?: faultline.v1.CommitCertificate.$Properties): faultline.v1.CommitCertificate;

            /**
             * Encodes the specified CommitCertificate message. Does not implicitly {@link faultline.v1.CommitCertificate.verify|verify} messages.
             * @param message CommitCertificate message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: faultline.v1.CommitCertificate.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified CommitCertificate message, length delimited. Does not implicitly {@link faultline.v1.CommitCertificate.verify|verify} messages.
             * @param message CommitCertificate message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: faultline.v1.CommitCertificate.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a CommitCertificate message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {faultline.v1.CommitCertificate & faultline.v1.CommitCertificate.$Shape} CommitCertificate
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): faultline.v1.CommitCertificate & faultline.v1.CommitCertificate.$Shape;

            /**
             * Decodes a CommitCertificate message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {faultline.v1.CommitCertificate & faultline.v1.CommitCertificate.$Shape} CommitCertificate
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): faultline.v1.CommitCertificate & faultline.v1.CommitCertificate.$Shape;
        }

        namespace CommitCertificate {

            /** Properties of a CommitCertificate. */
            interface $Properties {

                /** CommitCertificate height */
                height?: (number|null);

                /** CommitCertificate round */
                round?: (number|null);

                /** CommitCertificate blockHash */
                blockHash?: (Uint8Array|null);

                /** CommitCertificate precommits */
                precommits?: (faultline.v1.Vote.$Properties[]|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a CommitCertificate. */
            type $Shape = faultline.v1.CommitCertificate.$Properties;
        }

        /**
         * Properties of a CommittedBlock.
         * @deprecated Use faultline.v1.CommittedBlock.$Properties instead.
         */
        interface ICommittedBlock extends faultline.v1.CommittedBlock.$Properties {
        }

        /** Represents a CommittedBlock. */
        class CommittedBlock {

            /**
             * Constructs a new CommittedBlock.
             * @param [properties] Properties to set
             */
            constructor(properties?: faultline.v1.CommittedBlock.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** CommittedBlock block. */
            block?: (faultline.v1.Block.$Properties|null);

            /** CommittedBlock certificate. */
            certificate?: (faultline.v1.CommitCertificate.$Properties|null);

            /**
             * Creates a new CommittedBlock instance using the specified properties.
             * @param [properties] Properties to set
             * @returns CommittedBlock instance
             */
            static create(properties: faultline.v1.CommittedBlock.$Shape): faultline.v1.CommittedBlock & faultline.v1.CommittedBlock.$Shape;
            static create(properties?: faultline.v1.CommittedBlock.$Properties): faultline.v1.CommittedBlock;

            /**
             * Encodes the specified CommittedBlock message. Does not implicitly {@link faultline.v1.CommittedBlock.verify|verify} messages.
             * @param message CommittedBlock message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: faultline.v1.CommittedBlock.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified CommittedBlock message, length delimited. Does not implicitly {@link faultline.v1.CommittedBlock.verify|verify} messages.
             * @param message CommittedBlock message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: faultline.v1.CommittedBlock.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a CommittedBlock message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {faultline.v1.CommittedBlock & faultline.v1.CommittedBlock.$Shape} CommittedBlock
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): faultline.v1.CommittedBlock & faultline.v1.CommittedBlock.$Shape;

            /**
             * Decodes a CommittedBlock message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {faultline.v1.CommittedBlock & faultline.v1.CommittedBlock.$Shape} CommittedBlock
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): faultline.v1.CommittedBlock & faultline.v1.CommittedBlock.$Shape;
        }

        namespace CommittedBlock {

            /** Properties of a CommittedBlock. */
            interface $Properties {

                /** CommittedBlock block */
                block?: (faultline.v1.Block.$Properties|null);

                /** CommittedBlock certificate */
                certificate?: (faultline.v1.CommitCertificate.$Properties|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a CommittedBlock. */
            type $Shape = faultline.v1.CommittedBlock.$Properties;
        }

        /**
         * Properties of a BlockRequest.
         * @deprecated Use faultline.v1.BlockRequest.$Properties instead.
         */
        interface IBlockRequest extends faultline.v1.BlockRequest.$Properties {
        }

        /** Represents a BlockRequest. */
        class BlockRequest {

            /**
             * Constructs a new BlockRequest.
             * @param [properties] Properties to set
             */
            constructor(properties?: faultline.v1.BlockRequest.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** BlockRequest requesterId. */
            requesterId: string;

            /** BlockRequest fromHeight. */
            fromHeight: number;

            /** BlockRequest maxCount. */
            maxCount: number;

            /**
             * Creates a new BlockRequest instance using the specified properties.
             * @param [properties] Properties to set
             * @returns BlockRequest instance
             */
            static create(properties: faultline.v1.BlockRequest.$Shape): faultline.v1.BlockRequest & faultline.v1.BlockRequest.$Shape;
            static create(properties?: faultline.v1.BlockRequest.$Properties): faultline.v1.BlockRequest;

            /**
             * Encodes the specified BlockRequest message. Does not implicitly {@link faultline.v1.BlockRequest.verify|verify} messages.
             * @param message BlockRequest message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: faultline.v1.BlockRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified BlockRequest message, length delimited. Does not implicitly {@link faultline.v1.BlockRequest.verify|verify} messages.
             * @param message BlockRequest message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: faultline.v1.BlockRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a BlockRequest message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {faultline.v1.BlockRequest & faultline.v1.BlockRequest.$Shape} BlockRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): faultline.v1.BlockRequest & faultline.v1.BlockRequest.$Shape;

            /**
             * Decodes a BlockRequest message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {faultline.v1.BlockRequest & faultline.v1.BlockRequest.$Shape} BlockRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): faultline.v1.BlockRequest & faultline.v1.BlockRequest.$Shape;
        }

        namespace BlockRequest {

            /** Properties of a BlockRequest. */
            interface $Properties {

                /** BlockRequest requesterId */
                requesterId?: (string|null);

                /** BlockRequest fromHeight */
                fromHeight?: (number|null);

                /** BlockRequest maxCount */
                maxCount?: (number|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a BlockRequest. */
            type $Shape = faultline.v1.BlockRequest.$Properties;
        }

        /**
         * Properties of a BlockResponse.
         * @deprecated Use faultline.v1.BlockResponse.$Properties instead.
         */
        interface IBlockResponse extends faultline.v1.BlockResponse.$Properties {
        }

        /** Represents a BlockResponse. */
        class BlockResponse {

            /**
             * Constructs a new BlockResponse.
             * @param [properties] Properties to set
             */
            constructor(properties?: faultline.v1.BlockResponse.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** BlockResponse blocks. */
            blocks: faultline.v1.CommittedBlock.$Properties[];

            /** BlockResponse responderHeight. */
            responderHeight: number;

            /**
             * Creates a new BlockResponse instance using the specified properties.
             * @param [properties] Properties to set
             * @returns BlockResponse instance
             */
            static create(properties: faultline.v1.BlockResponse.$Shape): faultline.v1.BlockResponse & faultline.v1.BlockResponse.$Shape;
            static create(properties?: faultline.v1.BlockResponse.$Properties): faultline.v1.BlockResponse;

            /**
             * Encodes the specified BlockResponse message. Does not implicitly {@link faultline.v1.BlockResponse.verify|verify} messages.
             * @param message BlockResponse message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: faultline.v1.BlockResponse.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified BlockResponse message, length delimited. Does not implicitly {@link faultline.v1.BlockResponse.verify|verify} messages.
             * @param message BlockResponse message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: faultline.v1.BlockResponse.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a BlockResponse message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {faultline.v1.BlockResponse & faultline.v1.BlockResponse.$Shape} BlockResponse
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): faultline.v1.BlockResponse & faultline.v1.BlockResponse.$Shape;

            /**
             * Decodes a BlockResponse message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {faultline.v1.BlockResponse & faultline.v1.BlockResponse.$Shape} BlockResponse
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): faultline.v1.BlockResponse & faultline.v1.BlockResponse.$Shape;
        }

        namespace BlockResponse {

            /** Properties of a BlockResponse. */
            interface $Properties {

                /** BlockResponse blocks */
                blocks?: (faultline.v1.CommittedBlock.$Properties[]|null);

                /** BlockResponse responderHeight */
                responderHeight?: (number|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a BlockResponse. */
            type $Shape = faultline.v1.BlockResponse.$Properties;
        }

        /**
         * Properties of a TxCommitted.
         * @deprecated Use faultline.v1.TxCommitted.$Properties instead.
         */
        interface ITxCommitted extends faultline.v1.TxCommitted.$Properties {
        }

        /** Represents a TxCommitted. */
        class TxCommitted {

            /**
             * Constructs a new TxCommitted.
             * @param [properties] Properties to set
             */
            constructor(properties?: faultline.v1.TxCommitted.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** TxCommitted txHash. */
            txHash: Uint8Array;

            /** TxCommitted clientId. */
            clientId: string;

            /** TxCommitted nonce. */
            nonce: number;

            /** TxCommitted height. */
            height: number;

            /**
             * Creates a new TxCommitted instance using the specified properties.
             * @param [properties] Properties to set
             * @returns TxCommitted instance
             */
            static create(properties: faultline.v1.TxCommitted.$Shape): faultline.v1.TxCommitted & faultline.v1.TxCommitted.$Shape;
            static create(properties?: faultline.v1.TxCommitted.$Properties): faultline.v1.TxCommitted;

            /**
             * Encodes the specified TxCommitted message. Does not implicitly {@link faultline.v1.TxCommitted.verify|verify} messages.
             * @param message TxCommitted message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: faultline.v1.TxCommitted.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified TxCommitted message, length delimited. Does not implicitly {@link faultline.v1.TxCommitted.verify|verify} messages.
             * @param message TxCommitted message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: faultline.v1.TxCommitted.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a TxCommitted message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {faultline.v1.TxCommitted & faultline.v1.TxCommitted.$Shape} TxCommitted
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): faultline.v1.TxCommitted & faultline.v1.TxCommitted.$Shape;

            /**
             * Decodes a TxCommitted message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {faultline.v1.TxCommitted & faultline.v1.TxCommitted.$Shape} TxCommitted
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): faultline.v1.TxCommitted & faultline.v1.TxCommitted.$Shape;
        }

        namespace TxCommitted {

            /** Properties of a TxCommitted. */
            interface $Properties {

                /** TxCommitted txHash */
                txHash?: (Uint8Array|null);

                /** TxCommitted clientId */
                clientId?: (string|null);

                /** TxCommitted nonce */
                nonce?: (number|null);

                /** TxCommitted height */
                height?: (number|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a TxCommitted. */
            type $Shape = faultline.v1.TxCommitted.$Properties;
        }

        /**
         * Properties of a StatusAnnounce.
         * @deprecated Use faultline.v1.StatusAnnounce.$Properties instead.
         */
        interface IStatusAnnounce extends faultline.v1.StatusAnnounce.$Properties {
        }

        /** Represents a StatusAnnounce. */
        class StatusAnnounce {

            /**
             * Constructs a new StatusAnnounce.
             * @param [properties] Properties to set
             */
            constructor(properties?: faultline.v1.StatusAnnounce.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** StatusAnnounce validatorId. */
            validatorId: string;

            /** StatusAnnounce height. */
            height: number;

            /** StatusAnnounce round. */
            round: number;

            /**
             * Creates a new StatusAnnounce instance using the specified properties.
             * @param [properties] Properties to set
             * @returns StatusAnnounce instance
             */
            static create(properties: faultline.v1.StatusAnnounce.$Shape): faultline.v1.StatusAnnounce & faultline.v1.StatusAnnounce.$Shape;
            static create(properties?: faultline.v1.StatusAnnounce.$Properties): faultline.v1.StatusAnnounce;

            /**
             * Encodes the specified StatusAnnounce message. Does not implicitly {@link faultline.v1.StatusAnnounce.verify|verify} messages.
             * @param message StatusAnnounce message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: faultline.v1.StatusAnnounce.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified StatusAnnounce message, length delimited. Does not implicitly {@link faultline.v1.StatusAnnounce.verify|verify} messages.
             * @param message StatusAnnounce message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: faultline.v1.StatusAnnounce.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a StatusAnnounce message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {faultline.v1.StatusAnnounce & faultline.v1.StatusAnnounce.$Shape} StatusAnnounce
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): faultline.v1.StatusAnnounce & faultline.v1.StatusAnnounce.$Shape;

            /**
             * Decodes a StatusAnnounce message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {faultline.v1.StatusAnnounce & faultline.v1.StatusAnnounce.$Shape} StatusAnnounce
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): faultline.v1.StatusAnnounce & faultline.v1.StatusAnnounce.$Shape;
        }

        namespace StatusAnnounce {

            /** Properties of a StatusAnnounce. */
            interface $Properties {

                /** StatusAnnounce validatorId */
                validatorId?: (string|null);

                /** StatusAnnounce height */
                height?: (number|null);

                /** StatusAnnounce round */
                round?: (number|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a StatusAnnounce. */
            type $Shape = faultline.v1.StatusAnnounce.$Properties;
        }

        /**
         * Properties of a TxBatch.
         * @deprecated Use faultline.v1.TxBatch.$Properties instead.
         */
        interface ITxBatch extends faultline.v1.TxBatch.$Properties {
        }

        /** Represents a TxBatch. */
        class TxBatch {

            /**
             * Constructs a new TxBatch.
             * @param [properties] Properties to set
             */
            constructor(properties?: faultline.v1.TxBatch.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** TxBatch txs. */
            txs: Uint8Array[];

            /**
             * Creates a new TxBatch instance using the specified properties.
             * @param [properties] Properties to set
             * @returns TxBatch instance
             */
            static create(properties: faultline.v1.TxBatch.$Shape): faultline.v1.TxBatch & faultline.v1.TxBatch.$Shape;
            static create(properties?: faultline.v1.TxBatch.$Properties): faultline.v1.TxBatch;

            /**
             * Encodes the specified TxBatch message. Does not implicitly {@link faultline.v1.TxBatch.verify|verify} messages.
             * @param message TxBatch message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: faultline.v1.TxBatch.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified TxBatch message, length delimited. Does not implicitly {@link faultline.v1.TxBatch.verify|verify} messages.
             * @param message TxBatch message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: faultline.v1.TxBatch.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a TxBatch message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {faultline.v1.TxBatch & faultline.v1.TxBatch.$Shape} TxBatch
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): faultline.v1.TxBatch & faultline.v1.TxBatch.$Shape;

            /**
             * Decodes a TxBatch message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {faultline.v1.TxBatch & faultline.v1.TxBatch.$Shape} TxBatch
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): faultline.v1.TxBatch & faultline.v1.TxBatch.$Shape;
        }

        namespace TxBatch {

            /** Properties of a TxBatch. */
            interface $Properties {

                /** TxBatch txs */
                txs?: (Uint8Array[]|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a TxBatch. */
            type $Shape = faultline.v1.TxBatch.$Properties;
        }

        /**
         * Properties of a ValidatorWalRecord.
         * @deprecated Use faultline.v1.ValidatorWalRecord.$Properties instead.
         */
        interface IValidatorWalRecord extends faultline.v1.ValidatorWalRecord.$Properties {
        }

        /** Represents a ValidatorWalRecord. */
        class ValidatorWalRecord {

            /**
             * Constructs a new ValidatorWalRecord.
             * @param [properties] Properties to set
             */
            constructor(properties?: faultline.v1.ValidatorWalRecord.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** ValidatorWalRecord committed. */
            committed?: (faultline.v1.CommittedBlock.$Properties|null);

            /** ValidatorWalRecord signedVote. */
            signedVote?: (faultline.v1.Vote.$Properties|null);

            /** ValidatorWalRecord signedProposal. */
            signedProposal?: (faultline.v1.Proposal.$Properties|null);

            /** ValidatorWalRecord lock. */
            lock?: (faultline.v1.LockState.$Properties|null);

            /** ValidatorWalRecord record. */
            record?: ("committed"|"signedVote"|"signedProposal"|"lock");

            /**
             * Creates a new ValidatorWalRecord instance using the specified properties.
             * @param [properties] Properties to set
             * @returns ValidatorWalRecord instance
             */
            static create(properties: faultline.v1.ValidatorWalRecord.$Shape): faultline.v1.ValidatorWalRecord & faultline.v1.ValidatorWalRecord.$Shape;
            static create(properties?: faultline.v1.ValidatorWalRecord.$Properties): faultline.v1.ValidatorWalRecord;

            /**
             * Encodes the specified ValidatorWalRecord message. Does not implicitly {@link faultline.v1.ValidatorWalRecord.verify|verify} messages.
             * @param message ValidatorWalRecord message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: faultline.v1.ValidatorWalRecord.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified ValidatorWalRecord message, length delimited. Does not implicitly {@link faultline.v1.ValidatorWalRecord.verify|verify} messages.
             * @param message ValidatorWalRecord message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: faultline.v1.ValidatorWalRecord.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a ValidatorWalRecord message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {faultline.v1.ValidatorWalRecord & faultline.v1.ValidatorWalRecord.$Shape} ValidatorWalRecord
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): faultline.v1.ValidatorWalRecord & faultline.v1.ValidatorWalRecord.$Shape;

            /**
             * Decodes a ValidatorWalRecord message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {faultline.v1.ValidatorWalRecord & faultline.v1.ValidatorWalRecord.$Shape} ValidatorWalRecord
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): faultline.v1.ValidatorWalRecord & faultline.v1.ValidatorWalRecord.$Shape;
        }

        namespace ValidatorWalRecord {

            /** Properties of a ValidatorWalRecord. */
            interface $Properties {

                /** ValidatorWalRecord committed */
                committed?: (faultline.v1.CommittedBlock.$Properties|null);

                /** ValidatorWalRecord signedVote */
                signedVote?: (faultline.v1.Vote.$Properties|null);

                /** ValidatorWalRecord signedProposal */
                signedProposal?: (faultline.v1.Proposal.$Properties|null);

                /** ValidatorWalRecord lock */
                lock?: (faultline.v1.LockState.$Properties|null);

                /** ValidatorWalRecord record */
                record?: ("committed"|"signedVote"|"signedProposal"|"lock");

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Narrowed shape of a ValidatorWalRecord. */
            type $Shape = {
              committed?: faultline.v1.CommittedBlock.$Shape|null;
              signedVote?: faultline.v1.Vote.$Shape|null;
              signedProposal?: faultline.v1.Proposal.$Shape|null;
              lock?: faultline.v1.LockState.$Shape|null;
              $unknowns?: Uint8Array[];
            } & (
              ({ record?: undefined; committed?: null; signedVote?: null; signedProposal?: null; lock?: null }|{ record?: "committed"; committed: faultline.v1.CommittedBlock.$Shape; signedVote?: null; signedProposal?: null; lock?: null }|{ record?: "signedVote"; committed?: null; signedVote: faultline.v1.Vote.$Shape; signedProposal?: null; lock?: null }|{ record?: "signedProposal"; committed?: null; signedVote?: null; signedProposal: faultline.v1.Proposal.$Shape; lock?: null }|{ record?: "lock"; committed?: null; signedVote?: null; signedProposal?: null; lock: faultline.v1.LockState.$Shape })
            );
        }

        /**
         * Properties of a LockState.
         * @deprecated Use faultline.v1.LockState.$Properties instead.
         */
        interface ILockState extends faultline.v1.LockState.$Properties {
        }

        /** Represents a LockState. */
        class LockState {

            /**
             * Constructs a new LockState.
             * @param [properties] Properties to set
             */
            constructor(properties?: faultline.v1.LockState.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** LockState height. */
            height: number;

            /** LockState lockedRound. */
            lockedRound: number;

            /** LockState lockedBlock. */
            lockedBlock?: (faultline.v1.Block.$Properties|null);

            /** LockState validRound. */
            validRound: number;

            /** LockState validBlock. */
            validBlock?: (faultline.v1.Block.$Properties|null);

            /**
             * Creates a new LockState instance using the specified properties.
             * @param [properties] Properties to set
             * @returns LockState instance
             */
            static create(properties: faultline.v1.LockState.$Shape): faultline.v1.LockState & faultline.v1.LockState.$Shape;
            static create(properties?: faultline.v1.LockState.$Properties): faultline.v1.LockState;

            /**
             * Encodes the specified LockState message. Does not implicitly {@link faultline.v1.LockState.verify|verify} messages.
             * @param message LockState message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: faultline.v1.LockState.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified LockState message, length delimited. Does not implicitly {@link faultline.v1.LockState.verify|verify} messages.
             * @param message LockState message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: faultline.v1.LockState.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a LockState message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {faultline.v1.LockState & faultline.v1.LockState.$Shape} LockState
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): faultline.v1.LockState & faultline.v1.LockState.$Shape;

            /**
             * Decodes a LockState message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {faultline.v1.LockState & faultline.v1.LockState.$Shape} LockState
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): faultline.v1.LockState & faultline.v1.LockState.$Shape;
        }

        namespace LockState {

            /** Properties of a LockState. */
            interface $Properties {

                /** LockState height */
                height?: (number|null);

                /** LockState lockedRound */
                lockedRound?: (number|null);

                /** LockState lockedBlock */
                lockedBlock?: (faultline.v1.Block.$Properties|null);

                /** LockState validRound */
                validRound?: (number|null);

                /** LockState validBlock */
                validBlock?: (faultline.v1.Block.$Properties|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a LockState. */
            type $Shape = faultline.v1.LockState.$Properties;
        }

        /** FaultKind enum. */
        enum FaultKind {

            /** FAULT_KIND_UNSPECIFIED value */
            FAULT_KIND_UNSPECIFIED = 0,

            /** FAULT_KIND_PARTITION value */
            FAULT_KIND_PARTITION = 1,

            /** FAULT_KIND_ONE_WAY value */
            FAULT_KIND_ONE_WAY = 2,

            /** FAULT_KIND_HEAL value */
            FAULT_KIND_HEAL = 3,

            /** FAULT_KIND_LINK value */
            FAULT_KIND_LINK = 4,

            /** FAULT_KIND_CRASH value */
            FAULT_KIND_CRASH = 5,

            /** FAULT_KIND_RESTART value */
            FAULT_KIND_RESTART = 6,

            /** FAULT_KIND_PAUSE value */
            FAULT_KIND_PAUSE = 7,

            /** FAULT_KIND_RESUME value */
            FAULT_KIND_RESUME = 8,

            /** FAULT_KIND_CLOCK_SKEW value */
            FAULT_KIND_CLOCK_SKEW = 9,

            /** FAULT_KIND_BROKER_RESTART value */
            FAULT_KIND_BROKER_RESTART = 10,

            /** FAULT_KIND_DELAY_KIND value */
            FAULT_KIND_DELAY_KIND = 11,

            /** FAULT_KIND_BROKER_KILL value */
            FAULT_KIND_BROKER_KILL = 12,

            /** FAULT_KIND_BROKER_PARTITION value */
            FAULT_KIND_BROKER_PARTITION = 13,

            /** FAULT_KIND_CRASH_AFTER_VOTE value */
            FAULT_KIND_CRASH_AFTER_VOTE = 14
        }

        /**
         * Properties of an ActorGroup.
         * @deprecated Use faultline.v1.ActorGroup.$Properties instead.
         */
        interface IActorGroup extends faultline.v1.ActorGroup.$Properties {
        }

        /** Represents an ActorGroup. */
        class ActorGroup {

            /**
             * Constructs a new ActorGroup.
             * @param [properties] Properties to set
             */
            constructor(properties?: faultline.v1.ActorGroup.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** ActorGroup actors. */
            actors: string[];

            /**
             * Creates a new ActorGroup instance using the specified properties.
             * @param [properties] Properties to set
             * @returns ActorGroup instance
             */
            static create(properties: faultline.v1.ActorGroup.$Shape): faultline.v1.ActorGroup & faultline.v1.ActorGroup.$Shape;
            static create(properties?: faultline.v1.ActorGroup.$Properties): faultline.v1.ActorGroup;

            /**
             * Encodes the specified ActorGroup message. Does not implicitly {@link faultline.v1.ActorGroup.verify|verify} messages.
             * @param message ActorGroup message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: faultline.v1.ActorGroup.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified ActorGroup message, length delimited. Does not implicitly {@link faultline.v1.ActorGroup.verify|verify} messages.
             * @param message ActorGroup message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: faultline.v1.ActorGroup.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes an ActorGroup message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {faultline.v1.ActorGroup & faultline.v1.ActorGroup.$Shape} ActorGroup
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): faultline.v1.ActorGroup & faultline.v1.ActorGroup.$Shape;

            /**
             * Decodes an ActorGroup message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {faultline.v1.ActorGroup & faultline.v1.ActorGroup.$Shape} ActorGroup
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): faultline.v1.ActorGroup & faultline.v1.ActorGroup.$Shape;
        }

        namespace ActorGroup {

            /** Properties of an ActorGroup. */
            interface $Properties {

                /** ActorGroup actors */
                actors?: (string[]|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of an ActorGroup. */
            type $Shape = faultline.v1.ActorGroup.$Properties;
        }

        /**
         * Properties of a FaultCommand.
         * @deprecated Use faultline.v1.FaultCommand.$Properties instead.
         */
        interface IFaultCommand extends faultline.v1.FaultCommand.$Properties {
        }

        /** Represents a FaultCommand. */
        class FaultCommand {

            /**
             * Constructs a new FaultCommand.
             * @param [properties] Properties to set
             */
            constructor(properties?: faultline.v1.FaultCommand.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** FaultCommand faultId. */
            faultId: number;

            /** FaultCommand kind. */
            kind: faultline.v1.FaultKind;

            /** FaultCommand atUs. */
            atUs: number;

            /** FaultCommand durationUs. */
            durationUs: number;

            /** FaultCommand groups. */
            groups: faultline.v1.ActorGroup.$Properties[];

            /** FaultCommand from. */
            from: string[];

            /** FaultCommand to. */
            to: string[];

            /** FaultCommand actors. */
            actors: string[];

            /** FaultCommand dropPpm. */
            dropPpm: number;

            /** FaultCommand delayUs. */
            delayUs: number;

            /** FaultCommand jitterUs. */
            jitterUs: number;

            /** FaultCommand duplicatePpm. */
            duplicatePpm: number;

            /** FaultCommand duplicateMax. */
            duplicateMax: number;

            /** FaultCommand reorderPpm. */
            reorderPpm: number;

            /** FaultCommand skewUs. */
            skewUs: number;

            /** FaultCommand messageKind. */
            messageKind: string;

            /** FaultCommand withinUs. */
            withinUs: number;

            /**
             * Creates a new FaultCommand instance using the specified properties.
             * @param [properties] Properties to set
             * @returns FaultCommand instance
             */
            static create(properties: faultline.v1.FaultCommand.$Shape): faultline.v1.FaultCommand & faultline.v1.FaultCommand.$Shape;
            static create(properties?: faultline.v1.FaultCommand.$Properties): faultline.v1.FaultCommand;

            /**
             * Encodes the specified FaultCommand message. Does not implicitly {@link faultline.v1.FaultCommand.verify|verify} messages.
             * @param message FaultCommand message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: faultline.v1.FaultCommand.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified FaultCommand message, length delimited. Does not implicitly {@link faultline.v1.FaultCommand.verify|verify} messages.
             * @param message FaultCommand message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: faultline.v1.FaultCommand.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a FaultCommand message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {faultline.v1.FaultCommand & faultline.v1.FaultCommand.$Shape} FaultCommand
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): faultline.v1.FaultCommand & faultline.v1.FaultCommand.$Shape;

            /**
             * Decodes a FaultCommand message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {faultline.v1.FaultCommand & faultline.v1.FaultCommand.$Shape} FaultCommand
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): faultline.v1.FaultCommand & faultline.v1.FaultCommand.$Shape;
        }

        namespace FaultCommand {

            /** Properties of a FaultCommand. */
            interface $Properties {

                /** FaultCommand faultId */
                faultId?: (number|null);

                /** FaultCommand kind */
                kind?: (faultline.v1.FaultKind|null);

                /** FaultCommand atUs */
                atUs?: (number|null);

                /** FaultCommand durationUs */
                durationUs?: (number|null);

                /** FaultCommand groups */
                groups?: (faultline.v1.ActorGroup.$Properties[]|null);

                /** FaultCommand from */
                from?: (string[]|null);

                /** FaultCommand to */
                to?: (string[]|null);

                /** FaultCommand actors */
                actors?: (string[]|null);

                /** FaultCommand dropPpm */
                dropPpm?: (number|null);

                /** FaultCommand delayUs */
                delayUs?: (number|null);

                /** FaultCommand jitterUs */
                jitterUs?: (number|null);

                /** FaultCommand duplicatePpm */
                duplicatePpm?: (number|null);

                /** FaultCommand duplicateMax */
                duplicateMax?: (number|null);

                /** FaultCommand reorderPpm */
                reorderPpm?: (number|null);

                /** FaultCommand skewUs */
                skewUs?: (number|null);

                /** FaultCommand messageKind */
                messageKind?: (string|null);

                /** FaultCommand withinUs */
                withinUs?: (number|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a FaultCommand. */
            type $Shape = faultline.v1.FaultCommand.$Properties;
        }

        /**
         * Properties of a Shutdown.
         * @deprecated Use faultline.v1.Shutdown.$Properties instead.
         */
        interface IShutdown extends faultline.v1.Shutdown.$Properties {
        }

        /** Represents a Shutdown. */
        class Shutdown {

            /**
             * Constructs a new Shutdown.
             * @param [properties] Properties to set
             */
            constructor(properties?: faultline.v1.Shutdown.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** Shutdown reason. */
            reason: string;

            /**
             * Creates a new Shutdown instance using the specified properties.
             * @param [properties] Properties to set
             * @returns Shutdown instance
             */
            static create(properties: faultline.v1.Shutdown.$Shape): faultline.v1.Shutdown & faultline.v1.Shutdown.$Shape;
            static create(properties?: faultline.v1.Shutdown.$Properties): faultline.v1.Shutdown;

            /**
             * Encodes the specified Shutdown message. Does not implicitly {@link faultline.v1.Shutdown.verify|verify} messages.
             * @param message Shutdown message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: faultline.v1.Shutdown.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified Shutdown message, length delimited. Does not implicitly {@link faultline.v1.Shutdown.verify|verify} messages.
             * @param message Shutdown message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: faultline.v1.Shutdown.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a Shutdown message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {faultline.v1.Shutdown & faultline.v1.Shutdown.$Shape} Shutdown
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): faultline.v1.Shutdown & faultline.v1.Shutdown.$Shape;

            /**
             * Decodes a Shutdown message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {faultline.v1.Shutdown & faultline.v1.Shutdown.$Shape} Shutdown
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): faultline.v1.Shutdown & faultline.v1.Shutdown.$Shape;
        }

        namespace Shutdown {

            /** Properties of a Shutdown. */
            interface $Properties {

                /** Shutdown reason */
                reason?: (string|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a Shutdown. */
            type $Shape = faultline.v1.Shutdown.$Properties;
        }

        /**
         * Properties of a Ping.
         * @deprecated Use faultline.v1.Ping.$Properties instead.
         */
        interface IPing extends faultline.v1.Ping.$Properties {
        }

        /** Represents a Ping. */
        class Ping {

            /**
             * Constructs a new Ping.
             * @param [properties] Properties to set
             */
            constructor(properties?: faultline.v1.Ping.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** Ping n. */
            n: number;

            /** Ping replyTo. */
            replyTo: string;

            /**
             * Creates a new Ping instance using the specified properties.
             * @param [properties] Properties to set
             * @returns Ping instance
             */
            static create(properties: faultline.v1.Ping.$Shape): faultline.v1.Ping & faultline.v1.Ping.$Shape;
            static create(properties?: faultline.v1.Ping.$Properties): faultline.v1.Ping;

            /**
             * Encodes the specified Ping message. Does not implicitly {@link faultline.v1.Ping.verify|verify} messages.
             * @param message Ping message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: faultline.v1.Ping.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified Ping message, length delimited. Does not implicitly {@link faultline.v1.Ping.verify|verify} messages.
             * @param message Ping message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: faultline.v1.Ping.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a Ping message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {faultline.v1.Ping & faultline.v1.Ping.$Shape} Ping
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): faultline.v1.Ping & faultline.v1.Ping.$Shape;

            /**
             * Decodes a Ping message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {faultline.v1.Ping & faultline.v1.Ping.$Shape} Ping
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): faultline.v1.Ping & faultline.v1.Ping.$Shape;
        }

        namespace Ping {

            /** Properties of a Ping. */
            interface $Properties {

                /** Ping n */
                n?: (number|null);

                /** Ping replyTo */
                replyTo?: (string|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a Ping. */
            type $Shape = faultline.v1.Ping.$Properties;
        }

        /**
         * Properties of a Pong.
         * @deprecated Use faultline.v1.Pong.$Properties instead.
         */
        interface IPong extends faultline.v1.Pong.$Properties {
        }

        /** Represents a Pong. */
        class Pong {

            /**
             * Constructs a new Pong.
             * @param [properties] Properties to set
             */
            constructor(properties?: faultline.v1.Pong.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** Pong n. */
            n: number;

            /** Pong counter. */
            counter: number;

            /**
             * Creates a new Pong instance using the specified properties.
             * @param [properties] Properties to set
             * @returns Pong instance
             */
            static create(properties: faultline.v1.Pong.$Shape): faultline.v1.Pong & faultline.v1.Pong.$Shape;
            static create(properties?: faultline.v1.Pong.$Properties): faultline.v1.Pong;

            /**
             * Encodes the specified Pong message. Does not implicitly {@link faultline.v1.Pong.verify|verify} messages.
             * @param message Pong message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: faultline.v1.Pong.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified Pong message, length delimited. Does not implicitly {@link faultline.v1.Pong.verify|verify} messages.
             * @param message Pong message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: faultline.v1.Pong.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a Pong message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {faultline.v1.Pong & faultline.v1.Pong.$Shape} Pong
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): faultline.v1.Pong & faultline.v1.Pong.$Shape;

            /**
             * Decodes a Pong message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {faultline.v1.Pong & faultline.v1.Pong.$Shape} Pong
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): faultline.v1.Pong & faultline.v1.Pong.$Shape;
        }

        namespace Pong {

            /** Properties of a Pong. */
            interface $Properties {

                /** Pong n */
                n?: (number|null);

                /** Pong counter */
                counter?: (number|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a Pong. */
            type $Shape = faultline.v1.Pong.$Properties;
        }

        /**
         * Properties of an Envelope.
         * @deprecated Use faultline.v1.Envelope.$Properties instead.
         */
        interface IEnvelope extends faultline.v1.Envelope.$Properties {
        }

        /** Represents an Envelope. */
        class Envelope {

            /**
             * Constructs a new Envelope.
             * @param [properties] Properties to set
             */
            constructor(properties?: faultline.v1.Envelope.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** Envelope runId. */
            runId: string;

            /** Envelope sender. */
            sender: string;

            /** Envelope seq. */
            seq: number;

            /** Envelope lamport. */
            lamport: number;

            /** Envelope sentAtUs. */
            sentAtUs: number;

            /** Envelope tx. */
            tx?: (faultline.v1.Transaction.$Properties|null);

            /** Envelope txCommitted. */
            txCommitted?: (faultline.v1.TxCommitted.$Properties|null);

            /** Envelope proposal. */
            proposal?: (faultline.v1.Proposal.$Properties|null);

            /** Envelope vote. */
            vote?: (faultline.v1.Vote.$Properties|null);

            /** Envelope commitCertificate. */
            commitCertificate?: (faultline.v1.CommitCertificate.$Properties|null);

            /** Envelope committedBlock. */
            committedBlock?: (faultline.v1.CommittedBlock.$Properties|null);

            /** Envelope blockRequest. */
            blockRequest?: (faultline.v1.BlockRequest.$Properties|null);

            /** Envelope blockResponse. */
            blockResponse?: (faultline.v1.BlockResponse.$Properties|null);

            /** Envelope status. */
            status?: (faultline.v1.StatusAnnounce.$Properties|null);

            /** Envelope txBatch. */
            txBatch?: (faultline.v1.TxBatch.$Properties|null);

            /** Envelope fill. */
            fill?: (faultline.v1.Fill.$Properties|null);

            /** Envelope accountUpdate. */
            accountUpdate?: (faultline.v1.AccountUpdate.$Properties|null);

            /** Envelope marketStatus. */
            marketStatus?: (faultline.v1.MarketStatus.$Properties|null);

            /** Envelope liquidationResult. */
            liquidationResult?: (faultline.v1.LiquidationResult.$Properties|null);

            /** Envelope stateHash. */
            stateHash?: (faultline.v1.StateHash.$Properties|null);

            /** Envelope blockExecuted. */
            blockExecuted?: (faultline.v1.BlockExecuted.$Properties|null);

            /** Envelope oraclePrice. */
            oraclePrice?: (faultline.v1.OraclePrice.$Properties|null);

            /** Envelope hedgeOrder. */
            hedgeOrder?: (faultline.v1.HedgeOrder.$Properties|null);

            /** Envelope hedgeFill. */
            hedgeFill?: (faultline.v1.HedgeFill.$Properties|null);

            /** Envelope externalPrice. */
            externalPrice?: (faultline.v1.ExternalPriceTick.$Properties|null);

            /** Envelope hedgeReject. */
            hedgeReject?: (faultline.v1.HedgeReject.$Properties|null);

            /** Envelope fault. */
            fault?: (faultline.v1.FaultCommand.$Properties|null);

            /** Envelope shutdown. */
            shutdown?: (faultline.v1.Shutdown.$Properties|null);

            /** Envelope ping. */
            ping?: (faultline.v1.Ping.$Properties|null);

            /** Envelope pong. */
            pong?: (faultline.v1.Pong.$Properties|null);

            /** Envelope body. */
            body?: ("tx"|"txCommitted"|"proposal"|"vote"|"commitCertificate"|"committedBlock"|"blockRequest"|"blockResponse"|"status"|"txBatch"|"fill"|"accountUpdate"|"marketStatus"|"liquidationResult"|"stateHash"|"blockExecuted"|"oraclePrice"|"hedgeOrder"|"hedgeFill"|"externalPrice"|"hedgeReject"|"fault"|"shutdown"|"ping"|"pong");

            /**
             * Creates a new Envelope instance using the specified properties.
             * @param [properties] Properties to set
             * @returns Envelope instance
             */
            static create(properties: faultline.v1.Envelope.$Shape): faultline.v1.Envelope & faultline.v1.Envelope.$Shape;
            static create(properties?: faultline.v1.Envelope.$Properties): faultline.v1.Envelope;

            /**
             * Encodes the specified Envelope message. Does not implicitly {@link faultline.v1.Envelope.verify|verify} messages.
             * @param message Envelope message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: faultline.v1.Envelope.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified Envelope message, length delimited. Does not implicitly {@link faultline.v1.Envelope.verify|verify} messages.
             * @param message Envelope message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: faultline.v1.Envelope.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes an Envelope message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {faultline.v1.Envelope & faultline.v1.Envelope.$Shape} Envelope
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): faultline.v1.Envelope & faultline.v1.Envelope.$Shape;

            /**
             * Decodes an Envelope message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {faultline.v1.Envelope & faultline.v1.Envelope.$Shape} Envelope
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): faultline.v1.Envelope & faultline.v1.Envelope.$Shape;
        }

        namespace Envelope {

            /** Properties of an Envelope. */
            interface $Properties {

                /** Envelope runId */
                runId?: (string|null);

                /** Envelope sender */
                sender?: (string|null);

                /** Envelope seq */
                seq?: (number|null);

                /** Envelope lamport */
                lamport?: (number|null);

                /** Envelope sentAtUs */
                sentAtUs?: (number|null);

                /** Envelope tx */
                tx?: (faultline.v1.Transaction.$Properties|null);

                /** Envelope txCommitted */
                txCommitted?: (faultline.v1.TxCommitted.$Properties|null);

                /** Envelope proposal */
                proposal?: (faultline.v1.Proposal.$Properties|null);

                /** Envelope vote */
                vote?: (faultline.v1.Vote.$Properties|null);

                /** Envelope commitCertificate */
                commitCertificate?: (faultline.v1.CommitCertificate.$Properties|null);

                /** Envelope committedBlock */
                committedBlock?: (faultline.v1.CommittedBlock.$Properties|null);

                /** Envelope blockRequest */
                blockRequest?: (faultline.v1.BlockRequest.$Properties|null);

                /** Envelope blockResponse */
                blockResponse?: (faultline.v1.BlockResponse.$Properties|null);

                /** Envelope status */
                status?: (faultline.v1.StatusAnnounce.$Properties|null);

                /** Envelope txBatch */
                txBatch?: (faultline.v1.TxBatch.$Properties|null);

                /** Envelope fill */
                fill?: (faultline.v1.Fill.$Properties|null);

                /** Envelope accountUpdate */
                accountUpdate?: (faultline.v1.AccountUpdate.$Properties|null);

                /** Envelope marketStatus */
                marketStatus?: (faultline.v1.MarketStatus.$Properties|null);

                /** Envelope liquidationResult */
                liquidationResult?: (faultline.v1.LiquidationResult.$Properties|null);

                /** Envelope stateHash */
                stateHash?: (faultline.v1.StateHash.$Properties|null);

                /** Envelope blockExecuted */
                blockExecuted?: (faultline.v1.BlockExecuted.$Properties|null);

                /** Envelope oraclePrice */
                oraclePrice?: (faultline.v1.OraclePrice.$Properties|null);

                /** Envelope hedgeOrder */
                hedgeOrder?: (faultline.v1.HedgeOrder.$Properties|null);

                /** Envelope hedgeFill */
                hedgeFill?: (faultline.v1.HedgeFill.$Properties|null);

                /** Envelope externalPrice */
                externalPrice?: (faultline.v1.ExternalPriceTick.$Properties|null);

                /** Envelope hedgeReject */
                hedgeReject?: (faultline.v1.HedgeReject.$Properties|null);

                /** Envelope fault */
                fault?: (faultline.v1.FaultCommand.$Properties|null);

                /** Envelope shutdown */
                shutdown?: (faultline.v1.Shutdown.$Properties|null);

                /** Envelope ping */
                ping?: (faultline.v1.Ping.$Properties|null);

                /** Envelope pong */
                pong?: (faultline.v1.Pong.$Properties|null);

                /** Envelope body */
                body?: ("tx"|"txCommitted"|"proposal"|"vote"|"commitCertificate"|"committedBlock"|"blockRequest"|"blockResponse"|"status"|"txBatch"|"fill"|"accountUpdate"|"marketStatus"|"liquidationResult"|"stateHash"|"blockExecuted"|"oraclePrice"|"hedgeOrder"|"hedgeFill"|"externalPrice"|"hedgeReject"|"fault"|"shutdown"|"ping"|"pong");

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Narrowed shape of an Envelope. */
            type $Shape = {
              runId?: string|null;
              sender?: string|null;
              seq?: number|null;
              lamport?: number|null;
              sentAtUs?: number|null;
              tx?: faultline.v1.Transaction.$Shape|null;
              txCommitted?: faultline.v1.TxCommitted.$Shape|null;
              proposal?: faultline.v1.Proposal.$Shape|null;
              vote?: faultline.v1.Vote.$Shape|null;
              commitCertificate?: faultline.v1.CommitCertificate.$Shape|null;
              committedBlock?: faultline.v1.CommittedBlock.$Shape|null;
              blockRequest?: faultline.v1.BlockRequest.$Shape|null;
              blockResponse?: faultline.v1.BlockResponse.$Shape|null;
              status?: faultline.v1.StatusAnnounce.$Shape|null;
              txBatch?: faultline.v1.TxBatch.$Shape|null;
              fill?: faultline.v1.Fill.$Shape|null;
              accountUpdate?: faultline.v1.AccountUpdate.$Shape|null;
              marketStatus?: faultline.v1.MarketStatus.$Shape|null;
              liquidationResult?: faultline.v1.LiquidationResult.$Shape|null;
              stateHash?: faultline.v1.StateHash.$Shape|null;
              blockExecuted?: faultline.v1.BlockExecuted.$Shape|null;
              oraclePrice?: faultline.v1.OraclePrice.$Shape|null;
              hedgeOrder?: faultline.v1.HedgeOrder.$Shape|null;
              hedgeFill?: faultline.v1.HedgeFill.$Shape|null;
              externalPrice?: faultline.v1.ExternalPriceTick.$Shape|null;
              hedgeReject?: faultline.v1.HedgeReject.$Shape|null;
              fault?: faultline.v1.FaultCommand.$Shape|null;
              shutdown?: faultline.v1.Shutdown.$Shape|null;
              ping?: faultline.v1.Ping.$Shape|null;
              pong?: faultline.v1.Pong.$Shape|null;
              $unknowns?: Uint8Array[];
            } & (
              ({ body?: undefined; tx?: null; txCommitted?: null; proposal?: null; vote?: null; commitCertificate?: null; committedBlock?: null; blockRequest?: null; blockResponse?: null; status?: null; txBatch?: null; fill?: null; accountUpdate?: null; marketStatus?: null; liquidationResult?: null; stateHash?: null; blockExecuted?: null; oraclePrice?: null; hedgeOrder?: null; hedgeFill?: null; externalPrice?: null; hedgeReject?: null; fault?: null; shutdown?: null; ping?: null; pong?: null }|{ body?: "tx"; tx: faultline.v1.Transaction.$Shape; txCommitted?: null; proposal?: null; vote?: null; commitCertificate?: null; committedBlock?: null; blockRequest?: null; blockResponse?: null; status?: null; txBatch?: null; fill?: null; accountUpdate?: null; marketStatus?: null; liquidationResult?: null; stateHash?: null; blockExecuted?: null; oraclePrice?: null; hedgeOrder?: null; hedgeFill?: null; externalPrice?: null; hedgeReject?: null; fault?: null; shutdown?: null; ping?: null; pong?: null }|{ body?: "txCommitted"; tx?: null; txCommitted: faultline.v1.TxCommitted.$Shape; proposal?: null; vote?: null; commitCertificate?: null; committedBlock?: null; blockRequest?: null; blockResponse?: null; status?: null; txBatch?: null; fill?: null; accountUpdate?: null; marketStatus?: null; liquidationResult?: null; stateHash?: null; blockExecuted?: null; oraclePrice?: null; hedgeOrder?: null; hedgeFill?: null; externalPrice?: null; hedgeReject?: null; fault?: null; shutdown?: null; ping?: null; pong?: null }|{ body?: "proposal"; tx?: null; txCommitted?: null; proposal: faultline.v1.Proposal.$Shape; vote?: null; commitCertificate?: null; committedBlock?: null; blockRequest?: null; blockResponse?: null; status?: null; txBatch?: null; fill?: null; accountUpdate?: null; marketStatus?: null; liquidationResult?: null; stateHash?: null; blockExecuted?: null; oraclePrice?: null; hedgeOrder?: null; hedgeFill?: null; externalPrice?: null; hedgeReject?: null; fault?: null; shutdown?: null; ping?: null; pong?: null }|{ body?: "vote"; tx?: null; txCommitted?: null; proposal?: null; vote: faultline.v1.Vote.$Shape; commitCertificate?: null; committedBlock?: null; blockRequest?: null; blockResponse?: null; status?: null; txBatch?: null; fill?: null; accountUpdate?: null; marketStatus?: null; liquidationResult?: null; stateHash?: null; blockExecuted?: null; oraclePrice?: null; hedgeOrder?: null; hedgeFill?: null; externalPrice?: null; hedgeReject?: null; fault?: null; shutdown?: null; ping?: null; pong?: null }|{ body?: "commitCertificate"; tx?: null; txCommitted?: null; proposal?: null; vote?: null; commitCertificate: faultline.v1.CommitCertificate.$Shape; committedBlock?: null; blockRequest?: null; blockResponse?: null; status?: null; txBatch?: null; fill?: null; accountUpdate?: null; marketStatus?: null; liquidationResult?: null; stateHash?: null; blockExecuted?: null; oraclePrice?: null; hedgeOrder?: null; hedgeFill?: null; externalPrice?: null; hedgeReject?: null; fault?: null; shutdown?: null; ping?: null; pong?: null }|{ body?: "committedBlock"; tx?: null; txCommitted?: null; proposal?: null; vote?: null; commitCertificate?: null; committedBlock: faultline.v1.CommittedBlock.$Shape; blockRequest?: null; blockResponse?: null; status?: null; txBatch?: null; fill?: null; accountUpdate?: null; marketStatus?: null; liquidationResult?: null; stateHash?: null; blockExecuted?: null; oraclePrice?: null; hedgeOrder?: null; hedgeFill?: null; externalPrice?: null; hedgeReject?: null; fault?: null; shutdown?: null; ping?: null; pong?: null }|{ body?: "blockRequest"; tx?: null; txCommitted?: null; proposal?: null; vote?: null; commitCertificate?: null; committedBlock?: null; blockRequest: faultline.v1.BlockRequest.$Shape; blockResponse?: null; status?: null; txBatch?: null; fill?: null; accountUpdate?: null; marketStatus?: null; liquidationResult?: null; stateHash?: null; blockExecuted?: null; oraclePrice?: null; hedgeOrder?: null; hedgeFill?: null; externalPrice?: null; hedgeReject?: null; fault?: null; shutdown?: null; ping?: null; pong?: null }|{ body?: "blockResponse"; tx?: null; txCommitted?: null; proposal?: null; vote?: null; commitCertificate?: null; committedBlock?: null; blockRequest?: null; blockResponse: faultline.v1.BlockResponse.$Shape; status?: null; txBatch?: null; fill?: null; accountUpdate?: null; marketStatus?: null; liquidationResult?: null; stateHash?: null; blockExecuted?: null; oraclePrice?: null; hedgeOrder?: null; hedgeFill?: null; externalPrice?: null; hedgeReject?: null; fault?: null; shutdown?: null; ping?: null; pong?: null }|{ body?: "status"; tx?: null; txCommitted?: null; proposal?: null; vote?: null; commitCertificate?: null; committedBlock?: null; blockRequest?: null; blockResponse?: null; status: faultline.v1.StatusAnnounce.$Shape; txBatch?: null; fill?: null; accountUpdate?: null; marketStatus?: null; liquidationResult?: null; stateHash?: null; blockExecuted?: null; oraclePrice?: null; hedgeOrder?: null; hedgeFill?: null; externalPrice?: null; hedgeReject?: null; fault?: null; shutdown?: null; ping?: null; pong?: null }|{ body?: "txBatch"; tx?: null; txCommitted?: null; proposal?: null; vote?: null; commitCertificate?: null; committedBlock?: null; blockRequest?: null; blockResponse?: null; status?: null; txBatch: faultline.v1.TxBatch.$Shape; fill?: null; accountUpdate?: null; marketStatus?: null; liquidationResult?: null; stateHash?: null; blockExecuted?: null; oraclePrice?: null; hedgeOrder?: null; hedgeFill?: null; externalPrice?: null; hedgeReject?: null; fault?: null; shutdown?: null; ping?: null; pong?: null }|{ body?: "fill"; tx?: null; txCommitted?: null; proposal?: null; vote?: null; commitCertificate?: null; committedBlock?: null; blockRequest?: null; blockResponse?: null; status?: null; txBatch?: null; fill: faultline.v1.Fill.$Shape; accountUpdate?: null; marketStatus?: null; liquidationResult?: null; stateHash?: null; blockExecuted?: null; oraclePrice?: null; hedgeOrder?: null; hedgeFill?: null; externalPrice?: null; hedgeReject?: null; fault?: null; shutdown?: null; ping?: null; pong?: null }|{ body?: "accountUpdate"; tx?: null; txCommitted?: null; proposal?: null; vote?: null; commitCertificate?: null; committedBlock?: null; blockRequest?: null; blockResponse?: null; status?: null; txBatch?: null; fill?: null; accountUpdate: faultline.v1.AccountUpdate.$Shape; marketStatus?: null; liquidationResult?: null; stateHash?: null; blockExecuted?: null; oraclePrice?: null; hedgeOrder?: null; hedgeFill?: null; externalPrice?: null; hedgeReject?: null; fault?: null; shutdown?: null; ping?: null; pong?: null }|{ body?: "marketStatus"; tx?: null; txCommitted?: null; proposal?: null; vote?: null; commitCertificate?: null; committedBlock?: null; blockRequest?: null; blockResponse?: null; status?: null; txBatch?: null; fill?: null; accountUpdate?: null; marketStatus: faultline.v1.MarketStatus.$Shape; liquidationResult?: null; stateHash?: null; blockExecuted?: null; oraclePrice?: null; hedgeOrder?: null; hedgeFill?: null; externalPrice?: null; hedgeReject?: null; fault?: null; shutdown?: null; ping?: null; pong?: null }|{ body?: "liquidationResult"; tx?: null; txCommitted?: null; proposal?: null; vote?: null; commitCertificate?: null; committedBlock?: null; blockRequest?: null; blockResponse?: null; status?: null; txBatch?: null; fill?: null; accountUpdate?: null; marketStatus?: null; liquidationResult: faultline.v1.LiquidationResult.$Shape; stateHash?: null; blockExecuted?: null; oraclePrice?: null; hedgeOrder?: null; hedgeFill?: null; externalPrice?: null; hedgeReject?: null; fault?: null; shutdown?: null; ping?: null; pong?: null }|{ body?: "stateHash"; tx?: null; txCommitted?: null; proposal?: null; vote?: null; commitCertificate?: null; committedBlock?: null; blockRequest?: null; blockResponse?: null; status?: null; txBatch?: null; fill?: null; accountUpdate?: null; marketStatus?: null; liquidationResult?: null; stateHash: faultline.v1.StateHash.$Shape; blockExecuted?: null; oraclePrice?: null; hedgeOrder?: null; hedgeFill?: null; externalPrice?: null; hedgeReject?: null; fault?: null; shutdown?: null; ping?: null; pong?: null }|{ body?: "blockExecuted"; tx?: null; txCommitted?: null; proposal?: null; vote?: null; commitCertificate?: null; committedBlock?: null; blockRequest?: null; blockResponse?: null; status?: null; txBatch?: null; fill?: null; accountUpdate?: null; marketStatus?: null; liquidationResult?: null; stateHash?: null; blockExecuted: faultline.v1.BlockExecuted.$Shape; oraclePrice?: null; hedgeOrder?: null; hedgeFill?: null; externalPrice?: null; hedgeReject?: null; fault?: null; shutdown?: null; ping?: null; pong?: null }|{ body?: "oraclePrice"; tx?: null; txCommitted?: null; proposal?: null; vote?: null; commitCertificate?: null; committedBlock?: null; blockRequest?: null; blockResponse?: null; status?: null; txBatch?: null; fill?: null; accountUpdate?: null; marketStatus?: null; liquidationResult?: null; stateHash?: null; blockExecuted?: null; oraclePrice: faultline.v1.OraclePrice.$Shape; hedgeOrder?: null; hedgeFill?: null; externalPrice?: null; hedgeReject?: null; fault?: null; shutdown?: null; ping?: null; pong?: null }|{ body?: "hedgeOrder"; tx?: null; txCommitted?: null; proposal?: null; vote?: null; commitCertificate?: null; committedBlock?: null; blockRequest?: null; blockResponse?: null; status?: null; txBatch?: null; fill?: null; accountUpdate?: null; marketStatus?: null; liquidationResult?: null; stateHash?: null; blockExecuted?: null; oraclePrice?: null; hedgeOrder: faultline.v1.HedgeOrder.$Shape; hedgeFill?: null; externalPrice?: null; hedgeReject?: null; fault?: null; shutdown?: null; ping?: null; pong?: null }|{ body?: "hedgeFill"; tx?: null; txCommitted?: null; proposal?: null; vote?: null; commitCertificate?: null; committedBlock?: null; blockRequest?: null; blockResponse?: null; status?: null; txBatch?: null; fill?: null; accountUpdate?: null; marketStatus?: null; liquidationResult?: null; stateHash?: null; blockExecuted?: null; oraclePrice?: null; hedgeOrder?: null; hedgeFill: faultline.v1.HedgeFill.$Shape; externalPrice?: null; hedgeReject?: null; fault?: null; shutdown?: null; ping?: null; pong?: null }|{ body?: "externalPrice"; tx?: null; txCommitted?: null; proposal?: null; vote?: null; commitCertificate?: null; committedBlock?: null; blockRequest?: null; blockResponse?: null; status?: null; txBatch?: null; fill?: null; accountUpdate?: null; marketStatus?: null; liquidationResult?: null; stateHash?: null; blockExecuted?: null; oraclePrice?: null; hedgeOrder?: null; hedgeFill?: null; externalPrice: faultline.v1.ExternalPriceTick.$Shape; hedgeReject?: null; fault?: null; shutdown?: null; ping?: null; pong?: null }|{ body?: "hedgeReject"; tx?: null; txCommitted?: null; proposal?: null; vote?: null; commitCertificate?: null; committedBlock?: null; blockRequest?: null; blockResponse?: null; status?: null; txBatch?: null; fill?: null; accountUpdate?: null; marketStatus?: null; liquidationResult?: null; stateHash?: null; blockExecuted?: null; oraclePrice?: null; hedgeOrder?: null; hedgeFill?: null; externalPrice?: null; hedgeReject: faultline.v1.HedgeReject.$Shape; fault?: null; shutdown?: null; ping?: null; pong?: null }|{ body?: "fault"; tx?: null; txCommitted?: null; proposal?: null; vote?: null; commitCertificate?: null; committedBlock?: null; blockRequest?: null; blockResponse?: null; status?: null; txBatch?: null; fill?: null; accountUpdate?: null; marketStatus?: null; liquidationResult?: null; stateHash?: null; blockExecuted?: null; oraclePrice?: null; hedgeOrder?: null; hedgeFill?: null; externalPrice?: null; hedgeReject?: null; fault: faultline.v1.FaultCommand.$Shape; shutdown?: null; ping?: null; pong?: null }|{ body?: "shutdown"; tx?: null; txCommitted?: null; proposal?: null; vote?: null; commitCertificate?: null; committedBlock?: null; blockRequest?: null; blockResponse?: null; status?: null; txBatch?: null; fill?: null; accountUpdate?: null; marketStatus?: null; liquidationResult?: null; stateHash?: null; blockExecuted?: null; oraclePrice?: null; hedgeOrder?: null; hedgeFill?: null; externalPrice?: null; hedgeReject?: null; fault?: null; shutdown: faultline.v1.Shutdown.$Shape; ping?: null; pong?: null }|{ body?: "ping"; tx?: null; txCommitted?: null; proposal?: null; vote?: null; commitCertificate?: null; committedBlock?: null; blockRequest?: null; blockResponse?: null; status?: null; txBatch?: null; fill?: null; accountUpdate?: null; marketStatus?: null; liquidationResult?: null; stateHash?: null; blockExecuted?: null; oraclePrice?: null; hedgeOrder?: null; hedgeFill?: null; externalPrice?: null; hedgeReject?: null; fault?: null; shutdown?: null; ping: faultline.v1.Ping.$Shape; pong?: null }|{ body?: "pong"; tx?: null; txCommitted?: null; proposal?: null; vote?: null; commitCertificate?: null; committedBlock?: null; blockRequest?: null; blockResponse?: null; status?: null; txBatch?: null; fill?: null; accountUpdate?: null; marketStatus?: null; liquidationResult?: null; stateHash?: null; blockExecuted?: null; oraclePrice?: null; hedgeOrder?: null; hedgeFill?: null; externalPrice?: null; hedgeReject?: null; fault?: null; shutdown?: null; ping?: null; pong: faultline.v1.Pong.$Shape })
            );
        }

        /** Side enum. */
        enum Side {

            /** SIDE_UNSPECIFIED value */
            SIDE_UNSPECIFIED = 0,

            /** SIDE_BUY value */
            SIDE_BUY = 1,

            /** SIDE_SELL value */
            SIDE_SELL = 2
        }

        /** OrderType enum. */
        enum OrderType {

            /** ORDER_TYPE_UNSPECIFIED value */
            ORDER_TYPE_UNSPECIFIED = 0,

            /** ORDER_TYPE_LIMIT value */
            ORDER_TYPE_LIMIT = 1,

            /** ORDER_TYPE_MARKET value */
            ORDER_TYPE_MARKET = 2
        }

        /** TimeInForce enum. */
        enum TimeInForce {

            /** TIME_IN_FORCE_UNSPECIFIED value */
            TIME_IN_FORCE_UNSPECIFIED = 0,

            /** TIME_IN_FORCE_GTC value */
            TIME_IN_FORCE_GTC = 1,

            /** TIME_IN_FORCE_IOC value */
            TIME_IN_FORCE_IOC = 2,

            /** TIME_IN_FORCE_FOK value */
            TIME_IN_FORCE_FOK = 3,

            /** TIME_IN_FORCE_POST_ONLY value */
            TIME_IN_FORCE_POST_ONLY = 4
        }

        /**
         * Properties of a PlaceOrder.
         * @deprecated Use faultline.v1.PlaceOrder.$Properties instead.
         */
        interface IPlaceOrder extends faultline.v1.PlaceOrder.$Properties {
        }

        /** Represents a PlaceOrder. */
        class PlaceOrder {

            /**
             * Constructs a new PlaceOrder.
             * @param [properties] Properties to set
             */
            constructor(properties?: faultline.v1.PlaceOrder.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** PlaceOrder accountId. */
            accountId: string;

            /** PlaceOrder marketId. */
            marketId: number;

            /** PlaceOrder clientOrderId. */
            clientOrderId: number;

            /** PlaceOrder side. */
            side: faultline.v1.Side;

            /** PlaceOrder type. */
            type: faultline.v1.OrderType;

            /** PlaceOrder timeInForce. */
            timeInForce: faultline.v1.TimeInForce;

            /** PlaceOrder priceTicks. */
            priceTicks: number;

            /** PlaceOrder sizeLots. */
            sizeLots: number;

            /** PlaceOrder reduceOnly. */
            reduceOnly: boolean;

            /**
             * Creates a new PlaceOrder instance using the specified properties.
             * @param [properties] Properties to set
             * @returns PlaceOrder instance
             */
            static create(properties: faultline.v1.PlaceOrder.$Shape): faultline.v1.PlaceOrder & faultline.v1.PlaceOrder.$Shape;
            static create(properties?: faultline.v1.PlaceOrder.$Properties): faultline.v1.PlaceOrder;

            /**
             * Encodes the specified PlaceOrder message. Does not implicitly {@link faultline.v1.PlaceOrder.verify|verify} messages.
             * @param message PlaceOrder message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: faultline.v1.PlaceOrder.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified PlaceOrder message, length delimited. Does not implicitly {@link faultline.v1.PlaceOrder.verify|verify} messages.
             * @param message PlaceOrder message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: faultline.v1.PlaceOrder.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a PlaceOrder message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {faultline.v1.PlaceOrder & faultline.v1.PlaceOrder.$Shape} PlaceOrder
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): faultline.v1.PlaceOrder & faultline.v1.PlaceOrder.$Shape;

            /**
             * Decodes a PlaceOrder message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {faultline.v1.PlaceOrder & faultline.v1.PlaceOrder.$Shape} PlaceOrder
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): faultline.v1.PlaceOrder & faultline.v1.PlaceOrder.$Shape;
        }

        namespace PlaceOrder {

            /** Properties of a PlaceOrder. */
            interface $Properties {

                /** PlaceOrder accountId */
                accountId?: (string|null);

                /** PlaceOrder marketId */
                marketId?: (number|null);

                /** PlaceOrder clientOrderId */
                clientOrderId?: (number|null);

                /** PlaceOrder side */
                side?: (faultline.v1.Side|null);

                /** PlaceOrder type */
                type?: (faultline.v1.OrderType|null);

                /** PlaceOrder timeInForce */
                timeInForce?: (faultline.v1.TimeInForce|null);

                /** PlaceOrder priceTicks */
                priceTicks?: (number|null);

                /** PlaceOrder sizeLots */
                sizeLots?: (number|null);

                /** PlaceOrder reduceOnly */
                reduceOnly?: (boolean|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a PlaceOrder. */
            type $Shape = faultline.v1.PlaceOrder.$Properties;
        }

        /**
         * Properties of a CancelOrder.
         * @deprecated Use faultline.v1.CancelOrder.$Properties instead.
         */
        interface ICancelOrder extends faultline.v1.CancelOrder.$Properties {
        }

        /** Represents a CancelOrder. */
        class CancelOrder {

            /**
             * Constructs a new CancelOrder.
             * @param [properties] Properties to set
             */
            constructor(properties?: faultline.v1.CancelOrder.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** CancelOrder accountId. */
            accountId: string;

            /** CancelOrder marketId. */
            marketId: number;

            /** CancelOrder orderId. */
            orderId: number;

            /** CancelOrder clientOrderId. */
            clientOrderId: number;

            /**
             * Creates a new CancelOrder instance using the specified properties.
             * @param [properties] Properties to set
             * @returns CancelOrder instance
             */
            static create(properties: faultline.v1.CancelOrder.$Shape): faultline.v1.CancelOrder & faultline.v1.CancelOrder.$Shape;
            static create(properties?: faultline.v1.CancelOrder.$Properties): faultline.v1.CancelOrder;

            /**
             * Encodes the specified CancelOrder message. Does not implicitly {@link faultline.v1.CancelOrder.verify|verify} messages.
             * @param message CancelOrder message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: faultline.v1.CancelOrder.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified CancelOrder message, length delimited. Does not implicitly {@link faultline.v1.CancelOrder.verify|verify} messages.
             * @param message CancelOrder message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: faultline.v1.CancelOrder.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a CancelOrder message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {faultline.v1.CancelOrder & faultline.v1.CancelOrder.$Shape} CancelOrder
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): faultline.v1.CancelOrder & faultline.v1.CancelOrder.$Shape;

            /**
             * Decodes a CancelOrder message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {faultline.v1.CancelOrder & faultline.v1.CancelOrder.$Shape} CancelOrder
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): faultline.v1.CancelOrder & faultline.v1.CancelOrder.$Shape;
        }

        namespace CancelOrder {

            /** Properties of a CancelOrder. */
            interface $Properties {

                /** CancelOrder accountId */
                accountId?: (string|null);

                /** CancelOrder marketId */
                marketId?: (number|null);

                /** CancelOrder orderId */
                orderId?: (number|null);

                /** CancelOrder clientOrderId */
                clientOrderId?: (number|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a CancelOrder. */
            type $Shape = faultline.v1.CancelOrder.$Properties;
        }

        /**
         * Properties of a CancelAll.
         * @deprecated Use faultline.v1.CancelAll.$Properties instead.
         */
        interface ICancelAll extends faultline.v1.CancelAll.$Properties {
        }

        /** Represents a CancelAll. */
        class CancelAll {

            /**
             * Constructs a new CancelAll.
             * @param [properties] Properties to set
             */
            constructor(properties?: faultline.v1.CancelAll.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** CancelAll accountId. */
            accountId: string;

            /** CancelAll marketId. */
            marketId: number;

            /**
             * Creates a new CancelAll instance using the specified properties.
             * @param [properties] Properties to set
             * @returns CancelAll instance
             */
            static create(properties: faultline.v1.CancelAll.$Shape): faultline.v1.CancelAll & faultline.v1.CancelAll.$Shape;
            static create(properties?: faultline.v1.CancelAll.$Properties): faultline.v1.CancelAll;

            /**
             * Encodes the specified CancelAll message. Does not implicitly {@link faultline.v1.CancelAll.verify|verify} messages.
             * @param message CancelAll message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: faultline.v1.CancelAll.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified CancelAll message, length delimited. Does not implicitly {@link faultline.v1.CancelAll.verify|verify} messages.
             * @param message CancelAll message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: faultline.v1.CancelAll.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a CancelAll message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {faultline.v1.CancelAll & faultline.v1.CancelAll.$Shape} CancelAll
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): faultline.v1.CancelAll & faultline.v1.CancelAll.$Shape;

            /**
             * Decodes a CancelAll message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {faultline.v1.CancelAll & faultline.v1.CancelAll.$Shape} CancelAll
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): faultline.v1.CancelAll & faultline.v1.CancelAll.$Shape;
        }

        namespace CancelAll {

            /** Properties of a CancelAll. */
            interface $Properties {

                /** CancelAll accountId */
                accountId?: (string|null);

                /** CancelAll marketId */
                marketId?: (number|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a CancelAll. */
            type $Shape = faultline.v1.CancelAll.$Properties;
        }

        /**
         * Properties of a Deposit.
         * @deprecated Use faultline.v1.Deposit.$Properties instead.
         */
        interface IDeposit extends faultline.v1.Deposit.$Properties {
        }

        /** Represents a Deposit. */
        class Deposit {

            /**
             * Constructs a new Deposit.
             * @param [properties] Properties to set
             */
            constructor(properties?: faultline.v1.Deposit.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** Deposit accountId. */
            accountId: string;

            /** Deposit amount. */
            amount: number;

            /**
             * Creates a new Deposit instance using the specified properties.
             * @param [properties] Properties to set
             * @returns Deposit instance
             */
            static create(properties: faultline.v1.Deposit.$Shape): faultline.v1.Deposit & faultline.v1.Deposit.$Shape;
            static create(properties?: faultline.v1.Deposit.$Properties): faultline.v1.Deposit;

            /**
             * Encodes the specified Deposit message. Does not implicitly {@link faultline.v1.Deposit.verify|verify} messages.
             * @param message Deposit message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: faultline.v1.Deposit.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified Deposit message, length delimited. Does not implicitly {@link faultline.v1.Deposit.verify|verify} messages.
             * @param message Deposit message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: faultline.v1.Deposit.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a Deposit message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {faultline.v1.Deposit & faultline.v1.Deposit.$Shape} Deposit
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): faultline.v1.Deposit & faultline.v1.Deposit.$Shape;

            /**
             * Decodes a Deposit message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {faultline.v1.Deposit & faultline.v1.Deposit.$Shape} Deposit
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): faultline.v1.Deposit & faultline.v1.Deposit.$Shape;
        }

        namespace Deposit {

            /** Properties of a Deposit. */
            interface $Properties {

                /** Deposit accountId */
                accountId?: (string|null);

                /** Deposit amount */
                amount?: (number|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a Deposit. */
            type $Shape = faultline.v1.Deposit.$Properties;
        }

        /**
         * Properties of a Withdraw.
         * @deprecated Use faultline.v1.Withdraw.$Properties instead.
         */
        interface IWithdraw extends faultline.v1.Withdraw.$Properties {
        }

        /** Represents a Withdraw. */
        class Withdraw {

            /**
             * Constructs a new Withdraw.
             * @param [properties] Properties to set
             */
            constructor(properties?: faultline.v1.Withdraw.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** Withdraw accountId. */
            accountId: string;

            /** Withdraw amount. */
            amount: number;

            /**
             * Creates a new Withdraw instance using the specified properties.
             * @param [properties] Properties to set
             * @returns Withdraw instance
             */
            static create(properties: faultline.v1.Withdraw.$Shape): faultline.v1.Withdraw & faultline.v1.Withdraw.$Shape;
            static create(properties?: faultline.v1.Withdraw.$Properties): faultline.v1.Withdraw;

            /**
             * Encodes the specified Withdraw message. Does not implicitly {@link faultline.v1.Withdraw.verify|verify} messages.
             * @param message Withdraw message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: faultline.v1.Withdraw.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified Withdraw message, length delimited. Does not implicitly {@link faultline.v1.Withdraw.verify|verify} messages.
             * @param message Withdraw message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: faultline.v1.Withdraw.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a Withdraw message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {faultline.v1.Withdraw & faultline.v1.Withdraw.$Shape} Withdraw
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): faultline.v1.Withdraw & faultline.v1.Withdraw.$Shape;

            /**
             * Decodes a Withdraw message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {faultline.v1.Withdraw & faultline.v1.Withdraw.$Shape} Withdraw
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): faultline.v1.Withdraw & faultline.v1.Withdraw.$Shape;
        }

        namespace Withdraw {

            /** Properties of a Withdraw. */
            interface $Properties {

                /** Withdraw accountId */
                accountId?: (string|null);

                /** Withdraw amount */
                amount?: (number|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a Withdraw. */
            type $Shape = faultline.v1.Withdraw.$Properties;
        }

        /**
         * Properties of an OraclePriceReport.
         * @deprecated Use faultline.v1.OraclePriceReport.$Properties instead.
         */
        interface IOraclePriceReport extends faultline.v1.OraclePriceReport.$Properties {
        }

        /** Represents an OraclePriceReport. */
        class OraclePriceReport {

            /**
             * Constructs a new OraclePriceReport.
             * @param [properties] Properties to set
             */
            constructor(properties?: faultline.v1.OraclePriceReport.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** OraclePriceReport oracleId. */
            oracleId: string;

            /** OraclePriceReport marketId. */
            marketId: number;

            /** OraclePriceReport priceTicks. */
            priceTicks: number;

            /** OraclePriceReport observedAtUs. */
            observedAtUs: number;

            /** OraclePriceReport reportSeq. */
            reportSeq: number;

            /** OraclePriceReport signature. */
            signature: Uint8Array;

            /**
             * Creates a new OraclePriceReport instance using the specified properties.
             * @param [properties] Properties to set
             * @returns OraclePriceReport instance
             */
            static create(properties: faultline.v1.OraclePriceReport.$Shape): faultline.v1.OraclePriceReport & faultline.v1.OraclePriceReport.$Shape;
            static create(properties?: faultline.v1.OraclePriceReport.$Properties): faultline.v1.OraclePriceReport;

            /**
             * Encodes the specified OraclePriceReport message. Does not implicitly {@link faultline.v1.OraclePriceReport.verify|verify} messages.
             * @param message OraclePriceReport message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: faultline.v1.OraclePriceReport.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified OraclePriceReport message, length delimited. Does not implicitly {@link faultline.v1.OraclePriceReport.verify|verify} messages.
             * @param message OraclePriceReport message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: faultline.v1.OraclePriceReport.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes an OraclePriceReport message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {faultline.v1.OraclePriceReport & faultline.v1.OraclePriceReport.$Shape} OraclePriceReport
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): faultline.v1.OraclePriceReport & faultline.v1.OraclePriceReport.$Shape;

            /**
             * Decodes an OraclePriceReport message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {faultline.v1.OraclePriceReport & faultline.v1.OraclePriceReport.$Shape} OraclePriceReport
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): faultline.v1.OraclePriceReport & faultline.v1.OraclePriceReport.$Shape;
        }

        namespace OraclePriceReport {

            /** Properties of an OraclePriceReport. */
            interface $Properties {

                /** OraclePriceReport oracleId */
                oracleId?: (string|null);

                /** OraclePriceReport marketId */
                marketId?: (number|null);

                /** OraclePriceReport priceTicks */
                priceTicks?: (number|null);

                /** OraclePriceReport observedAtUs */
                observedAtUs?: (number|null);

                /** OraclePriceReport reportSeq */
                reportSeq?: (number|null);

                /** OraclePriceReport signature */
                signature?: (Uint8Array|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of an OraclePriceReport. */
            type $Shape = faultline.v1.OraclePriceReport.$Properties;
        }

        /**
         * Properties of a Liquidate.
         * @deprecated Use faultline.v1.Liquidate.$Properties instead.
         */
        interface ILiquidate extends faultline.v1.Liquidate.$Properties {
        }

        /** Represents a Liquidate. */
        class Liquidate {

            /**
             * Constructs a new Liquidate.
             * @param [properties] Properties to set
             */
            constructor(properties?: faultline.v1.Liquidate.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** Liquidate liquidatorId. */
            liquidatorId: string;

            /** Liquidate accountId. */
            accountId: string;

            /** Liquidate marketId. */
            marketId: number;

            /** Liquidate observedMarkTicks. */
            observedMarkTicks: number;

            /**
             * Creates a new Liquidate instance using the specified properties.
             * @param [properties] Properties to set
             * @returns Liquidate instance
             */
            static create(properties: faultline.v1.Liquidate.$Shape): faultline.v1.Liquidate & faultline.v1.Liquidate.$Shape;
            static create(properties?: faultline.v1.Liquidate.$Properties): faultline.v1.Liquidate;

            /**
             * Encodes the specified Liquidate message. Does not implicitly {@link faultline.v1.Liquidate.verify|verify} messages.
             * @param message Liquidate message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: faultline.v1.Liquidate.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified Liquidate message, length delimited. Does not implicitly {@link faultline.v1.Liquidate.verify|verify} messages.
             * @param message Liquidate message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: faultline.v1.Liquidate.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a Liquidate message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {faultline.v1.Liquidate & faultline.v1.Liquidate.$Shape} Liquidate
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): faultline.v1.Liquidate & faultline.v1.Liquidate.$Shape;

            /**
             * Decodes a Liquidate message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {faultline.v1.Liquidate & faultline.v1.Liquidate.$Shape} Liquidate
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): faultline.v1.Liquidate & faultline.v1.Liquidate.$Shape;
        }

        namespace Liquidate {

            /** Properties of a Liquidate. */
            interface $Properties {

                /** Liquidate liquidatorId */
                liquidatorId?: (string|null);

                /** Liquidate accountId */
                accountId?: (string|null);

                /** Liquidate marketId */
                marketId?: (number|null);

                /** Liquidate observedMarkTicks */
                observedMarkTicks?: (number|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a Liquidate. */
            type $Shape = faultline.v1.Liquidate.$Properties;
        }

        /**
         * Properties of a HedgerQuote.
         * @deprecated Use faultline.v1.HedgerQuote.$Properties instead.
         */
        interface IHedgerQuote extends faultline.v1.HedgerQuote.$Properties {
        }

        /** Represents a HedgerQuote. */
        class HedgerQuote {

            /**
             * Constructs a new HedgerQuote.
             * @param [properties] Properties to set
             */
            constructor(properties?: faultline.v1.HedgerQuote.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** HedgerQuote accountId. */
            accountId: string;

            /** HedgerQuote marketId. */
            marketId: number;

            /** HedgerQuote quoteId. */
            quoteId: number;

            /** HedgerQuote bidPriceTicks. */
            bidPriceTicks: number;

            /** HedgerQuote bidSizeLots. */
            bidSizeLots: number;

            /** HedgerQuote askPriceTicks. */
            askPriceTicks: number;

            /** HedgerQuote askSizeLots. */
            askSizeLots: number;

            /**
             * Creates a new HedgerQuote instance using the specified properties.
             * @param [properties] Properties to set
             * @returns HedgerQuote instance
             */
            static create(properties: faultline.v1.HedgerQuote.$Shape): faultline.v1.HedgerQuote & faultline.v1.HedgerQuote.$Shape;
            static create(properties?: faultline.v1.HedgerQuote.$Properties): faultline.v1.HedgerQuote;

            /**
             * Encodes the specified HedgerQuote message. Does not implicitly {@link faultline.v1.HedgerQuote.verify|verify} messages.
             * @param message HedgerQuote message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: faultline.v1.HedgerQuote.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified HedgerQuote message, length delimited. Does not implicitly {@link faultline.v1.HedgerQuote.verify|verify} messages.
             * @param message HedgerQuote message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: faultline.v1.HedgerQuote.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a HedgerQuote message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {faultline.v1.HedgerQuote & faultline.v1.HedgerQuote.$Shape} HedgerQuote
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): faultline.v1.HedgerQuote & faultline.v1.HedgerQuote.$Shape;

            /**
             * Decodes a HedgerQuote message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {faultline.v1.HedgerQuote & faultline.v1.HedgerQuote.$Shape} HedgerQuote
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): faultline.v1.HedgerQuote & faultline.v1.HedgerQuote.$Shape;
        }

        namespace HedgerQuote {

            /** Properties of a HedgerQuote. */
            interface $Properties {

                /** HedgerQuote accountId */
                accountId?: (string|null);

                /** HedgerQuote marketId */
                marketId?: (number|null);

                /** HedgerQuote quoteId */
                quoteId?: (number|null);

                /** HedgerQuote bidPriceTicks */
                bidPriceTicks?: (number|null);

                /** HedgerQuote bidSizeLots */
                bidSizeLots?: (number|null);

                /** HedgerQuote askPriceTicks */
                askPriceTicks?: (number|null);

                /** HedgerQuote askSizeLots */
                askSizeLots?: (number|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a HedgerQuote. */
            type $Shape = faultline.v1.HedgerQuote.$Properties;
        }

        /**
         * Properties of an EquivocationEvidence.
         * @deprecated Use faultline.v1.EquivocationEvidence.$Properties instead.
         */
        interface IEquivocationEvidence extends faultline.v1.EquivocationEvidence.$Properties {
        }

        /** Represents an EquivocationEvidence. */
        class EquivocationEvidence {

            /**
             * Constructs a new EquivocationEvidence.
             * @param [properties] Properties to set
             */
            constructor(properties?: faultline.v1.EquivocationEvidence.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** EquivocationEvidence voteA. */
            voteA?: (faultline.v1.Vote.$Properties|null);

            /** EquivocationEvidence voteB. */
            voteB?: (faultline.v1.Vote.$Properties|null);

            /**
             * Creates a new EquivocationEvidence instance using the specified properties.
             * @param [properties] Properties to set
             * @returns EquivocationEvidence instance
             */
            static create(properties: faultline.v1.EquivocationEvidence.$Shape): faultline.v1.EquivocationEvidence & faultline.v1.EquivocationEvidence.$Shape;
            static create(properties?: faultline.v1.EquivocationEvidence.$Properties): faultline.v1.EquivocationEvidence;

            /**
             * Encodes the specified EquivocationEvidence message. Does not implicitly {@link faultline.v1.EquivocationEvidence.verify|verify} messages.
             * @param message EquivocationEvidence message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: faultline.v1.EquivocationEvidence.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified EquivocationEvidence message, length delimited. Does not implicitly {@link faultline.v1.EquivocationEvidence.verify|verify} messages.
             * @param message EquivocationEvidence message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: faultline.v1.EquivocationEvidence.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes an EquivocationEvidence message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {faultline.v1.EquivocationEvidence & faultline.v1.EquivocationEvidence.$Shape} EquivocationEvidence
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): faultline.v1.EquivocationEvidence & faultline.v1.EquivocationEvidence.$Shape;

            /**
             * Decodes an EquivocationEvidence message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {faultline.v1.EquivocationEvidence & faultline.v1.EquivocationEvidence.$Shape} EquivocationEvidence
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): faultline.v1.EquivocationEvidence & faultline.v1.EquivocationEvidence.$Shape;
        }

        namespace EquivocationEvidence {

            /** Properties of an EquivocationEvidence. */
            interface $Properties {

                /** EquivocationEvidence voteA */
                voteA?: (faultline.v1.Vote.$Properties|null);

                /** EquivocationEvidence voteB */
                voteB?: (faultline.v1.Vote.$Properties|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of an EquivocationEvidence. */
            type $Shape = faultline.v1.EquivocationEvidence.$Properties;
        }

        /**
         * Properties of a Transaction.
         * @deprecated Use faultline.v1.Transaction.$Properties instead.
         */
        interface ITransaction extends faultline.v1.Transaction.$Properties {
        }

        /** Represents a Transaction. */
        class Transaction {

            /**
             * Constructs a new Transaction.
             * @param [properties] Properties to set
             */
            constructor(properties?: faultline.v1.Transaction.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** Transaction clientId. */
            clientId: string;

            /** Transaction nonce. */
            nonce: number;

            /** Transaction submittedAtUs. */
            submittedAtUs: number;

            /** Transaction placeOrder. */
            placeOrder?: (faultline.v1.PlaceOrder.$Properties|null);

            /** Transaction cancelOrder. */
            cancelOrder?: (faultline.v1.CancelOrder.$Properties|null);

            /** Transaction cancelAll. */
            cancelAll?: (faultline.v1.CancelAll.$Properties|null);

            /** Transaction deposit. */
            deposit?: (faultline.v1.Deposit.$Properties|null);

            /** Transaction withdraw. */
            withdraw?: (faultline.v1.Withdraw.$Properties|null);

            /** Transaction oracleReport. */
            oracleReport?: (faultline.v1.OraclePriceReport.$Properties|null);

            /** Transaction liquidate. */
            liquidate?: (faultline.v1.Liquidate.$Properties|null);

            /** Transaction hedgerQuote. */
            hedgerQuote?: (faultline.v1.HedgerQuote.$Properties|null);

            /** Transaction evidence. */
            evidence?: (faultline.v1.EquivocationEvidence.$Properties|null);

            /** Transaction body. */
            body?: ("placeOrder"|"cancelOrder"|"cancelAll"|"deposit"|"withdraw"|"oracleReport"|"liquidate"|"hedgerQuote"|"evidence");

            /**
             * Creates a new Transaction instance using the specified properties.
             * @param [properties] Properties to set
             * @returns Transaction instance
             */
            static create(properties: faultline.v1.Transaction.$Shape): faultline.v1.Transaction & faultline.v1.Transaction.$Shape;
            static create(properties?: faultline.v1.Transaction.$Properties): faultline.v1.Transaction;

            /**
             * Encodes the specified Transaction message. Does not implicitly {@link faultline.v1.Transaction.verify|verify} messages.
             * @param message Transaction message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: faultline.v1.Transaction.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified Transaction message, length delimited. Does not implicitly {@link faultline.v1.Transaction.verify|verify} messages.
             * @param message Transaction message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: faultline.v1.Transaction.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a Transaction message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {faultline.v1.Transaction & faultline.v1.Transaction.$Shape} Transaction
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): faultline.v1.Transaction & faultline.v1.Transaction.$Shape;

            /**
             * Decodes a Transaction message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {faultline.v1.Transaction & faultline.v1.Transaction.$Shape} Transaction
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): faultline.v1.Transaction & faultline.v1.Transaction.$Shape;
        }

        namespace Transaction {

            /** Properties of a Transaction. */
            interface $Properties {

                /** Transaction clientId */
                clientId?: (string|null);

                /** Transaction nonce */
                nonce?: (number|null);

                /** Transaction submittedAtUs */
                submittedAtUs?: (number|null);

                /** Transaction placeOrder */
                placeOrder?: (faultline.v1.PlaceOrder.$Properties|null);

                /** Transaction cancelOrder */
                cancelOrder?: (faultline.v1.CancelOrder.$Properties|null);

                /** Transaction cancelAll */
                cancelAll?: (faultline.v1.CancelAll.$Properties|null);

                /** Transaction deposit */
                deposit?: (faultline.v1.Deposit.$Properties|null);

                /** Transaction withdraw */
                withdraw?: (faultline.v1.Withdraw.$Properties|null);

                /** Transaction oracleReport */
                oracleReport?: (faultline.v1.OraclePriceReport.$Properties|null);

                /** Transaction liquidate */
                liquidate?: (faultline.v1.Liquidate.$Properties|null);

                /** Transaction hedgerQuote */
                hedgerQuote?: (faultline.v1.HedgerQuote.$Properties|null);

                /** Transaction evidence */
                evidence?: (faultline.v1.EquivocationEvidence.$Properties|null);

                /** Transaction body */
                body?: ("placeOrder"|"cancelOrder"|"cancelAll"|"deposit"|"withdraw"|"oracleReport"|"liquidate"|"hedgerQuote"|"evidence");

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Narrowed shape of a Transaction. */
            type $Shape = {
              clientId?: string|null;
              nonce?: number|null;
              submittedAtUs?: number|null;
              placeOrder?: faultline.v1.PlaceOrder.$Shape|null;
              cancelOrder?: faultline.v1.CancelOrder.$Shape|null;
              cancelAll?: faultline.v1.CancelAll.$Shape|null;
              deposit?: faultline.v1.Deposit.$Shape|null;
              withdraw?: faultline.v1.Withdraw.$Shape|null;
              oracleReport?: faultline.v1.OraclePriceReport.$Shape|null;
              liquidate?: faultline.v1.Liquidate.$Shape|null;
              hedgerQuote?: faultline.v1.HedgerQuote.$Shape|null;
              evidence?: faultline.v1.EquivocationEvidence.$Shape|null;
              $unknowns?: Uint8Array[];
            } & (
              ({ body?: undefined; placeOrder?: null; cancelOrder?: null; cancelAll?: null; deposit?: null; withdraw?: null; oracleReport?: null; liquidate?: null; hedgerQuote?: null; evidence?: null }|{ body?: "placeOrder"; placeOrder: faultline.v1.PlaceOrder.$Shape; cancelOrder?: null; cancelAll?: null; deposit?: null; withdraw?: null; oracleReport?: null; liquidate?: null; hedgerQuote?: null; evidence?: null }|{ body?: "cancelOrder"; placeOrder?: null; cancelOrder: faultline.v1.CancelOrder.$Shape; cancelAll?: null; deposit?: null; withdraw?: null; oracleReport?: null; liquidate?: null; hedgerQuote?: null; evidence?: null }|{ body?: "cancelAll"; placeOrder?: null; cancelOrder?: null; cancelAll: faultline.v1.CancelAll.$Shape; deposit?: null; withdraw?: null; oracleReport?: null; liquidate?: null; hedgerQuote?: null; evidence?: null }|{ body?: "deposit"; placeOrder?: null; cancelOrder?: null; cancelAll?: null; deposit: faultline.v1.Deposit.$Shape; withdraw?: null; oracleReport?: null; liquidate?: null; hedgerQuote?: null; evidence?: null }|{ body?: "withdraw"; placeOrder?: null; cancelOrder?: null; cancelAll?: null; deposit?: null; withdraw: faultline.v1.Withdraw.$Shape; oracleReport?: null; liquidate?: null; hedgerQuote?: null; evidence?: null }|{ body?: "oracleReport"; placeOrder?: null; cancelOrder?: null; cancelAll?: null; deposit?: null; withdraw?: null; oracleReport: faultline.v1.OraclePriceReport.$Shape; liquidate?: null; hedgerQuote?: null; evidence?: null }|{ body?: "liquidate"; placeOrder?: null; cancelOrder?: null; cancelAll?: null; deposit?: null; withdraw?: null; oracleReport?: null; liquidate: faultline.v1.Liquidate.$Shape; hedgerQuote?: null; evidence?: null }|{ body?: "hedgerQuote"; placeOrder?: null; cancelOrder?: null; cancelAll?: null; deposit?: null; withdraw?: null; oracleReport?: null; liquidate?: null; hedgerQuote: faultline.v1.HedgerQuote.$Shape; evidence?: null }|{ body?: "evidence"; placeOrder?: null; cancelOrder?: null; cancelAll?: null; deposit?: null; withdraw?: null; oracleReport?: null; liquidate?: null; hedgerQuote?: null; evidence: faultline.v1.EquivocationEvidence.$Shape })
            );
        }

        /** MarketState enum. */
        enum MarketState {

            /** MARKET_STATE_UNSPECIFIED value */
            MARKET_STATE_UNSPECIFIED = 0,

            /** MARKET_STATE_ACTIVE value */
            MARKET_STATE_ACTIVE = 1,

            /** MARKET_STATE_HALTED value */
            MARKET_STATE_HALTED = 2,

            /** MARKET_STATE_AUCTION value */
            MARKET_STATE_AUCTION = 3,

            /** MARKET_STATE_CANCEL_ONLY value */
            MARKET_STATE_CANCEL_ONLY = 4,

            /** MARKET_STATE_POST_ONLY value */
            MARKET_STATE_POST_ONLY = 5,

            /** MARKET_STATE_PRE_OPEN value */
            MARKET_STATE_PRE_OPEN = 6
        }

        /**
         * Properties of a Fill.
         * @deprecated Use faultline.v1.Fill.$Properties instead.
         */
        interface IFill extends faultline.v1.Fill.$Properties {
        }

        /** Represents a Fill. */
        class Fill {

            /**
             * Constructs a new Fill.
             * @param [properties] Properties to set
             */
            constructor(properties?: faultline.v1.Fill.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** Fill fillId. */
            fillId: number;

            /** Fill height. */
            height: number;

            /** Fill marketId. */
            marketId: number;

            /** Fill makerOrderId. */
            makerOrderId: number;

            /** Fill takerOrderId. */
            takerOrderId: number;

            /** Fill makerAccountId. */
            makerAccountId: string;

            /** Fill takerAccountId. */
            takerAccountId: string;

            /** Fill takerSide. */
            takerSide: faultline.v1.Side;

            /** Fill priceTicks. */
            priceTicks: number;

            /** Fill sizeLots. */
            sizeLots: number;

            /** Fill makerFee. */
            makerFee: number;

            /** Fill takerFee. */
            takerFee: number;

            /**
             * Creates a new Fill instance using the specified properties.
             * @param [properties] Properties to set
             * @returns Fill instance
             */
            static create(properties: faultline.v1.Fill.$Shape): faultline.v1.Fill & faultline.v1.Fill.$Shape;
            static create(properties?: faultline.v1.Fill.$Properties): faultline.v1.Fill;

            /**
             * Encodes the specified Fill message. Does not implicitly {@link faultline.v1.Fill.verify|verify} messages.
             * @param message Fill message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: faultline.v1.Fill.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified Fill message, length delimited. Does not implicitly {@link faultline.v1.Fill.verify|verify} messages.
             * @param message Fill message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: faultline.v1.Fill.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a Fill message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {faultline.v1.Fill & faultline.v1.Fill.$Shape} Fill
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): faultline.v1.Fill & faultline.v1.Fill.$Shape;

            /**
             * Decodes a Fill message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {faultline.v1.Fill & faultline.v1.Fill.$Shape} Fill
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): faultline.v1.Fill & faultline.v1.Fill.$Shape;
        }

        namespace Fill {

            /** Properties of a Fill. */
            interface $Properties {

                /** Fill fillId */
                fillId?: (number|null);

                /** Fill height */
                height?: (number|null);

                /** Fill marketId */
                marketId?: (number|null);

                /** Fill makerOrderId */
                makerOrderId?: (number|null);

                /** Fill takerOrderId */
                takerOrderId?: (number|null);

                /** Fill makerAccountId */
                makerAccountId?: (string|null);

                /** Fill takerAccountId */
                takerAccountId?: (string|null);

                /** Fill takerSide */
                takerSide?: (faultline.v1.Side|null);

                /** Fill priceTicks */
                priceTicks?: (number|null);

                /** Fill sizeLots */
                sizeLots?: (number|null);

                /** Fill makerFee */
                makerFee?: (number|null);

                /** Fill takerFee */
                takerFee?: (number|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a Fill. */
            type $Shape = faultline.v1.Fill.$Properties;
        }

        /**
         * Properties of a Position.
         * @deprecated Use faultline.v1.Position.$Properties instead.
         */
        interface IPosition extends faultline.v1.Position.$Properties {
        }

        /** Represents a Position. */
        class Position {

            /**
             * Constructs a new Position.
             * @param [properties] Properties to set
             */
            constructor(properties?: faultline.v1.Position.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** Position marketId. */
            marketId: number;

            /** Position sizeLots. */
            sizeLots: number;

            /** Position entryNotional. */
            entryNotional: number;

            /** Position realizedPnl. */
            realizedPnl: number;

            /** Position fundingPaid. */
            fundingPaid: number;

            /**
             * Creates a new Position instance using the specified properties.
             * @param [properties] Properties to set
             * @returns Position instance
             */
            static create(properties: faultline.v1.Position.$Shape): faultline.v1.Position & faultline.v1.Position.$Shape;
            static create(properties?: faultline.v1.Position.$Properties): faultline.v1.Position;

            /**
             * Encodes the specified Position message. Does not implicitly {@link faultline.v1.Position.verify|verify} messages.
             * @param message Position message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: faultline.v1.Position.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified Position message, length delimited. Does not implicitly {@link faultline.v1.Position.verify|verify} messages.
             * @param message Position message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: faultline.v1.Position.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a Position message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {faultline.v1.Position & faultline.v1.Position.$Shape} Position
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): faultline.v1.Position & faultline.v1.Position.$Shape;

            /**
             * Decodes a Position message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {faultline.v1.Position & faultline.v1.Position.$Shape} Position
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): faultline.v1.Position & faultline.v1.Position.$Shape;
        }

        namespace Position {

            /** Properties of a Position. */
            interface $Properties {

                /** Position marketId */
                marketId?: (number|null);

                /** Position sizeLots */
                sizeLots?: (number|null);

                /** Position entryNotional */
                entryNotional?: (number|null);

                /** Position realizedPnl */
                realizedPnl?: (number|null);

                /** Position fundingPaid */
                fundingPaid?: (number|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a Position. */
            type $Shape = faultline.v1.Position.$Properties;
        }

        /**
         * Properties of an AccountUpdate.
         * @deprecated Use faultline.v1.AccountUpdate.$Properties instead.
         */
        interface IAccountUpdate extends faultline.v1.AccountUpdate.$Properties {
        }

        /** Represents an AccountUpdate. */
        class AccountUpdate {

            /**
             * Constructs a new AccountUpdate.
             * @param [properties] Properties to set
             */
            constructor(properties?: faultline.v1.AccountUpdate.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** AccountUpdate accountId. */
            accountId: string;

            /** AccountUpdate height. */
            height: number;

            /** AccountUpdate collateral. */
            collateral: number;

            /** AccountUpdate equity. */
            equity: number;

            /** AccountUpdate marginInitial. */
            marginInitial: number;

            /** AccountUpdate marginMaintenance. */
            marginMaintenance: number;

            /** AccountUpdate positions. */
            positions: faultline.v1.Position.$Properties[];

            /** AccountUpdate openOrders. */
            openOrders: number;

            /**
             * Creates a new AccountUpdate instance using the specified properties.
             * @param [properties] Properties to set
             * @returns AccountUpdate instance
             */
            static create(properties: faultline.v1.AccountUpdate.$Shape): faultline.v1.AccountUpdate & faultline.v1.AccountUpdate.$Shape;
            static create(properties?: faultline.v1.AccountUpdate.$Properties): faultline.v1.AccountUpdate;

            /**
             * Encodes the specified AccountUpdate message. Does not implicitly {@link faultline.v1.AccountUpdate.verify|verify} messages.
             * @param message AccountUpdate message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: faultline.v1.AccountUpdate.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified AccountUpdate message, length delimited. Does not implicitly {@link faultline.v1.AccountUpdate.verify|verify} messages.
             * @param message AccountUpdate message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: faultline.v1.AccountUpdate.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes an AccountUpdate message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {faultline.v1.AccountUpdate & faultline.v1.AccountUpdate.$Shape} AccountUpdate
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): faultline.v1.AccountUpdate & faultline.v1.AccountUpdate.$Shape;

            /**
             * Decodes an AccountUpdate message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {faultline.v1.AccountUpdate & faultline.v1.AccountUpdate.$Shape} AccountUpdate
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): faultline.v1.AccountUpdate & faultline.v1.AccountUpdate.$Shape;
        }

        namespace AccountUpdate {

            /** Properties of an AccountUpdate. */
            interface $Properties {

                /** AccountUpdate accountId */
                accountId?: (string|null);

                /** AccountUpdate height */
                height?: (number|null);

                /** AccountUpdate collateral */
                collateral?: (number|null);

                /** AccountUpdate equity */
                equity?: (number|null);

                /** AccountUpdate marginInitial */
                marginInitial?: (number|null);

                /** AccountUpdate marginMaintenance */
                marginMaintenance?: (number|null);

                /** AccountUpdate positions */
                positions?: (faultline.v1.Position.$Properties[]|null);

                /** AccountUpdate openOrders */
                openOrders?: (number|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of an AccountUpdate. */
            type $Shape = faultline.v1.AccountUpdate.$Properties;
        }

        /**
         * Properties of a MarketStatus.
         * @deprecated Use faultline.v1.MarketStatus.$Properties instead.
         */
        interface IMarketStatus extends faultline.v1.MarketStatus.$Properties {
        }

        /** Represents a MarketStatus. */
        class MarketStatus {

            /**
             * Constructs a new MarketStatus.
             * @param [properties] Properties to set
             */
            constructor(properties?: faultline.v1.MarketStatus.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** MarketStatus marketId. */
            marketId: number;

            /** MarketStatus height. */
            height: number;

            /** MarketStatus state. */
            state: faultline.v1.MarketState;

            /** MarketStatus reason. */
            reason: string;

            /** MarketStatus blockTimeUs. */
            blockTimeUs: number;

            /**
             * Creates a new MarketStatus instance using the specified properties.
             * @param [properties] Properties to set
             * @returns MarketStatus instance
             */
            static create(properties: faultline.v1.MarketStatus.$Shape): faultline.v1.MarketStatus & faultline.v1.MarketStatus.$Shape;
            static create(properties?: faultline.v1.MarketStatus.$Properties): faultline.v1.MarketStatus;

            /**
             * Encodes the specified MarketStatus message. Does not implicitly {@link faultline.v1.MarketStatus.verify|verify} messages.
             * @param message MarketStatus message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: faultline.v1.MarketStatus.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified MarketStatus message, length delimited. Does not implicitly {@link faultline.v1.MarketStatus.verify|verify} messages.
             * @param message MarketStatus message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: faultline.v1.MarketStatus.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a MarketStatus message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {faultline.v1.MarketStatus & faultline.v1.MarketStatus.$Shape} MarketStatus
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): faultline.v1.MarketStatus & faultline.v1.MarketStatus.$Shape;

            /**
             * Decodes a MarketStatus message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {faultline.v1.MarketStatus & faultline.v1.MarketStatus.$Shape} MarketStatus
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): faultline.v1.MarketStatus & faultline.v1.MarketStatus.$Shape;
        }

        namespace MarketStatus {

            /** Properties of a MarketStatus. */
            interface $Properties {

                /** MarketStatus marketId */
                marketId?: (number|null);

                /** MarketStatus height */
                height?: (number|null);

                /** MarketStatus state */
                state?: (faultline.v1.MarketState|null);

                /** MarketStatus reason */
                reason?: (string|null);

                /** MarketStatus blockTimeUs */
                blockTimeUs?: (number|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a MarketStatus. */
            type $Shape = faultline.v1.MarketStatus.$Properties;
        }

        /**
         * Properties of an AuctionResult.
         * @deprecated Use faultline.v1.AuctionResult.$Properties instead.
         */
        interface IAuctionResult extends faultline.v1.AuctionResult.$Properties {
        }

        /** Represents an AuctionResult. */
        class AuctionResult {

            /**
             * Constructs a new AuctionResult.
             * @param [properties] Properties to set
             */
            constructor(properties?: faultline.v1.AuctionResult.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** AuctionResult marketId. */
            marketId: number;

            /** AuctionResult height. */
            height: number;

            /** AuctionResult priceTicks. */
            priceTicks: number;

            /** AuctionResult matchedLots. */
            matchedLots: number;

            /** AuctionResult imbalanceLots. */
            imbalanceLots: number;

            /**
             * Creates a new AuctionResult instance using the specified properties.
             * @param [properties] Properties to set
             * @returns AuctionResult instance
             */
            static create(properties: faultline.v1.AuctionResult.$Shape): faultline.v1.AuctionResult & faultline.v1.AuctionResult.$Shape;
            static create(properties?: faultline.v1.AuctionResult.$Properties): faultline.v1.AuctionResult;

            /**
             * Encodes the specified AuctionResult message. Does not implicitly {@link faultline.v1.AuctionResult.verify|verify} messages.
             * @param message AuctionResult message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: faultline.v1.AuctionResult.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified AuctionResult message, length delimited. Does not implicitly {@link faultline.v1.AuctionResult.verify|verify} messages.
             * @param message AuctionResult message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: faultline.v1.AuctionResult.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes an AuctionResult message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {faultline.v1.AuctionResult & faultline.v1.AuctionResult.$Shape} AuctionResult
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): faultline.v1.AuctionResult & faultline.v1.AuctionResult.$Shape;

            /**
             * Decodes an AuctionResult message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {faultline.v1.AuctionResult & faultline.v1.AuctionResult.$Shape} AuctionResult
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): faultline.v1.AuctionResult & faultline.v1.AuctionResult.$Shape;
        }

        namespace AuctionResult {

            /** Properties of an AuctionResult. */
            interface $Properties {

                /** AuctionResult marketId */
                marketId?: (number|null);

                /** AuctionResult height */
                height?: (number|null);

                /** AuctionResult priceTicks */
                priceTicks?: (number|null);

                /** AuctionResult matchedLots */
                matchedLots?: (number|null);

                /** AuctionResult imbalanceLots */
                imbalanceLots?: (number|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of an AuctionResult. */
            type $Shape = faultline.v1.AuctionResult.$Properties;
        }

        /**
         * Properties of a LiquidationResult.
         * @deprecated Use faultline.v1.LiquidationResult.$Properties instead.
         */
        interface ILiquidationResult extends faultline.v1.LiquidationResult.$Properties {
        }

        /** Represents a LiquidationResult. */
        class LiquidationResult {

            /**
             * Constructs a new LiquidationResult.
             * @param [properties] Properties to set
             */
            constructor(properties?: faultline.v1.LiquidationResult.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** LiquidationResult height. */
            height: number;

            /** LiquidationResult accountId. */
            accountId: string;

            /** LiquidationResult marketId. */
            marketId: number;

            /** LiquidationResult liquidatorId. */
            liquidatorId: string;

            /** LiquidationResult executed. */
            executed: boolean;

            /** LiquidationResult reason. */
            reason: string;

            /** LiquidationResult sizeLots. */
            sizeLots: number;

            /** LiquidationResult priceTicks. */
            priceTicks: number;

            /** LiquidationResult penalty. */
            penalty: number;

            /** LiquidationResult badDebt. */
            badDebt: number;

            /** LiquidationResult insuranceFundAfter. */
            insuranceFundAfter: number;

            /** LiquidationResult equityBefore. */
            equityBefore: number;

            /** LiquidationResult maintenanceBefore. */
            maintenanceBefore: number;

            /** LiquidationResult markTicks. */
            markTicks: number;

            /**
             * Creates a new LiquidationResult instance using the specified properties.
             * @param [properties] Properties to set
             * @returns LiquidationResult instance
             */
            static create(properties: faultline.v1.LiquidationResult.$Shape): faultline.v1.LiquidationResult & faultline.v1.LiquidationResult.$Shape;
            static create(properties?: faultline.v1.LiquidationResult.$Properties): faultline.v1.LiquidationResult;

            /**
             * Encodes the specified LiquidationResult message. Does not implicitly {@link faultline.v1.LiquidationResult.verify|verify} messages.
             * @param message LiquidationResult message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: faultline.v1.LiquidationResult.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified LiquidationResult message, length delimited. Does not implicitly {@link faultline.v1.LiquidationResult.verify|verify} messages.
             * @param message LiquidationResult message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: faultline.v1.LiquidationResult.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a LiquidationResult message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {faultline.v1.LiquidationResult & faultline.v1.LiquidationResult.$Shape} LiquidationResult
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): faultline.v1.LiquidationResult & faultline.v1.LiquidationResult.$Shape;

            /**
             * Decodes a LiquidationResult message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {faultline.v1.LiquidationResult & faultline.v1.LiquidationResult.$Shape} LiquidationResult
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): faultline.v1.LiquidationResult & faultline.v1.LiquidationResult.$Shape;
        }

        namespace LiquidationResult {

            /** Properties of a LiquidationResult. */
            interface $Properties {

                /** LiquidationResult height */
                height?: (number|null);

                /** LiquidationResult accountId */
                accountId?: (string|null);

                /** LiquidationResult marketId */
                marketId?: (number|null);

                /** LiquidationResult liquidatorId */
                liquidatorId?: (string|null);

                /** LiquidationResult executed */
                executed?: (boolean|null);

                /** LiquidationResult reason */
                reason?: (string|null);

                /** LiquidationResult sizeLots */
                sizeLots?: (number|null);

                /** LiquidationResult priceTicks */
                priceTicks?: (number|null);

                /** LiquidationResult penalty */
                penalty?: (number|null);

                /** LiquidationResult badDebt */
                badDebt?: (number|null);

                /** LiquidationResult insuranceFundAfter */
                insuranceFundAfter?: (number|null);

                /** LiquidationResult equityBefore */
                equityBefore?: (number|null);

                /** LiquidationResult maintenanceBefore */
                maintenanceBefore?: (number|null);

                /** LiquidationResult markTicks */
                markTicks?: (number|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a LiquidationResult. */
            type $Shape = faultline.v1.LiquidationResult.$Properties;
        }

        /**
         * Properties of an AdlEvent.
         * @deprecated Use faultline.v1.AdlEvent.$Properties instead.
         */
        interface IAdlEvent extends faultline.v1.AdlEvent.$Properties {
        }

        /** Represents an AdlEvent. */
        class AdlEvent {

            /**
             * Constructs a new AdlEvent.
             * @param [properties] Properties to set
             */
            constructor(properties?: faultline.v1.AdlEvent.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** AdlEvent height. */
            height: number;

            /** AdlEvent marketId. */
            marketId: number;

            /** AdlEvent liquidatedAccountId. */
            liquidatedAccountId: string;

            /** AdlEvent counterpartyAccountId. */
            counterpartyAccountId: string;

            /** AdlEvent sizeLots. */
            sizeLots: number;

            /** AdlEvent priceTicks. */
            priceTicks: number;

            /** AdlEvent insuranceFundBefore. */
            insuranceFundBefore: number;

            /**
             * Creates a new AdlEvent instance using the specified properties.
             * @param [properties] Properties to set
             * @returns AdlEvent instance
             */
            static create(properties: faultline.v1.AdlEvent.$Shape): faultline.v1.AdlEvent & faultline.v1.AdlEvent.$Shape;
            static create(properties?: faultline.v1.AdlEvent.$Properties): faultline.v1.AdlEvent;

            /**
             * Encodes the specified AdlEvent message. Does not implicitly {@link faultline.v1.AdlEvent.verify|verify} messages.
             * @param message AdlEvent message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: faultline.v1.AdlEvent.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified AdlEvent message, length delimited. Does not implicitly {@link faultline.v1.AdlEvent.verify|verify} messages.
             * @param message AdlEvent message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: faultline.v1.AdlEvent.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes an AdlEvent message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {faultline.v1.AdlEvent & faultline.v1.AdlEvent.$Shape} AdlEvent
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): faultline.v1.AdlEvent & faultline.v1.AdlEvent.$Shape;

            /**
             * Decodes an AdlEvent message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {faultline.v1.AdlEvent & faultline.v1.AdlEvent.$Shape} AdlEvent
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): faultline.v1.AdlEvent & faultline.v1.AdlEvent.$Shape;
        }

        namespace AdlEvent {

            /** Properties of an AdlEvent. */
            interface $Properties {

                /** AdlEvent height */
                height?: (number|null);

                /** AdlEvent marketId */
                marketId?: (number|null);

                /** AdlEvent liquidatedAccountId */
                liquidatedAccountId?: (string|null);

                /** AdlEvent counterpartyAccountId */
                counterpartyAccountId?: (string|null);

                /** AdlEvent sizeLots */
                sizeLots?: (number|null);

                /** AdlEvent priceTicks */
                priceTicks?: (number|null);

                /** AdlEvent insuranceFundBefore */
                insuranceFundBefore?: (number|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of an AdlEvent. */
            type $Shape = faultline.v1.AdlEvent.$Properties;
        }

        /**
         * Properties of a FundingPayment.
         * @deprecated Use faultline.v1.FundingPayment.$Properties instead.
         */
        interface IFundingPayment extends faultline.v1.FundingPayment.$Properties {
        }

        /** Represents a FundingPayment. */
        class FundingPayment {

            /**
             * Constructs a new FundingPayment.
             * @param [properties] Properties to set
             */
            constructor(properties?: faultline.v1.FundingPayment.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** FundingPayment height. */
            height: number;

            /** FundingPayment marketId. */
            marketId: number;

            /** FundingPayment ratePpm. */
            ratePpm: number;

            /** FundingPayment markTicks. */
            markTicks: number;

            /** FundingPayment oracleTicks. */
            oracleTicks: number;

            /** FundingPayment totalPaidByLongs. */
            totalPaidByLongs: number;

            /** FundingPayment totalPaid. */
            totalPaid: number;

            /** FundingPayment totalReceived. */
            totalReceived: number;

            /** FundingPayment intervals. */
            intervals: number;

            /**
             * Creates a new FundingPayment instance using the specified properties.
             * @param [properties] Properties to set
             * @returns FundingPayment instance
             */
            static create(properties: faultline.v1.FundingPayment.$Shape): faultline.v1.FundingPayment & faultline.v1.FundingPayment.$Shape;
            static create(properties?: faultline.v1.FundingPayment.$Properties): faultline.v1.FundingPayment;

            /**
             * Encodes the specified FundingPayment message. Does not implicitly {@link faultline.v1.FundingPayment.verify|verify} messages.
             * @param message FundingPayment message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: faultline.v1.FundingPayment.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified FundingPayment message, length delimited. Does not implicitly {@link faultline.v1.FundingPayment.verify|verify} messages.
             * @param message FundingPayment message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: faultline.v1.FundingPayment.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a FundingPayment message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {faultline.v1.FundingPayment & faultline.v1.FundingPayment.$Shape} FundingPayment
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): faultline.v1.FundingPayment & faultline.v1.FundingPayment.$Shape;

            /**
             * Decodes a FundingPayment message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {faultline.v1.FundingPayment & faultline.v1.FundingPayment.$Shape} FundingPayment
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): faultline.v1.FundingPayment & faultline.v1.FundingPayment.$Shape;
        }

        namespace FundingPayment {

            /** Properties of a FundingPayment. */
            interface $Properties {

                /** FundingPayment height */
                height?: (number|null);

                /** FundingPayment marketId */
                marketId?: (number|null);

                /** FundingPayment ratePpm */
                ratePpm?: (number|null);

                /** FundingPayment markTicks */
                markTicks?: (number|null);

                /** FundingPayment oracleTicks */
                oracleTicks?: (number|null);

                /** FundingPayment totalPaidByLongs */
                totalPaidByLongs?: (number|null);

                /** FundingPayment totalPaid */
                totalPaid?: (number|null);

                /** FundingPayment totalReceived */
                totalReceived?: (number|null);

                /** FundingPayment intervals */
                intervals?: (number|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a FundingPayment. */
            type $Shape = faultline.v1.FundingPayment.$Properties;
        }

        /**
         * Properties of an OraclePrice.
         * @deprecated Use faultline.v1.OraclePrice.$Properties instead.
         */
        interface IOraclePrice extends faultline.v1.OraclePrice.$Properties {
        }

        /** Represents an OraclePrice. */
        class OraclePrice {

            /**
             * Constructs a new OraclePrice.
             * @param [properties] Properties to set
             */
            constructor(properties?: faultline.v1.OraclePrice.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** OraclePrice marketId. */
            marketId: number;

            /** OraclePrice height. */
            height: number;

            /** OraclePrice priceTicks. */
            priceTicks: number;

            /** OraclePrice freshReports. */
            freshReports: number;

            /** OraclePrice stale. */
            stale: boolean;

            /** OraclePrice markTicks. */
            markTicks: number;

            /**
             * Creates a new OraclePrice instance using the specified properties.
             * @param [properties] Properties to set
             * @returns OraclePrice instance
             */
            static create(properties: faultline.v1.OraclePrice.$Shape): faultline.v1.OraclePrice & faultline.v1.OraclePrice.$Shape;
            static create(properties?: faultline.v1.OraclePrice.$Properties): faultline.v1.OraclePrice;

            /**
             * Encodes the specified OraclePrice message. Does not implicitly {@link faultline.v1.OraclePrice.verify|verify} messages.
             * @param message OraclePrice message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: faultline.v1.OraclePrice.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified OraclePrice message, length delimited. Does not implicitly {@link faultline.v1.OraclePrice.verify|verify} messages.
             * @param message OraclePrice message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: faultline.v1.OraclePrice.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes an OraclePrice message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {faultline.v1.OraclePrice & faultline.v1.OraclePrice.$Shape} OraclePrice
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): faultline.v1.OraclePrice & faultline.v1.OraclePrice.$Shape;

            /**
             * Decodes an OraclePrice message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {faultline.v1.OraclePrice & faultline.v1.OraclePrice.$Shape} OraclePrice
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): faultline.v1.OraclePrice & faultline.v1.OraclePrice.$Shape;
        }

        namespace OraclePrice {

            /** Properties of an OraclePrice. */
            interface $Properties {

                /** OraclePrice marketId */
                marketId?: (number|null);

                /** OraclePrice height */
                height?: (number|null);

                /** OraclePrice priceTicks */
                priceTicks?: (number|null);

                /** OraclePrice freshReports */
                freshReports?: (number|null);

                /** OraclePrice stale */
                stale?: (boolean|null);

                /** OraclePrice markTicks */
                markTicks?: (number|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of an OraclePrice. */
            type $Shape = faultline.v1.OraclePrice.$Properties;
        }

        /**
         * Properties of a TxRejected.
         * @deprecated Use faultline.v1.TxRejected.$Properties instead.
         */
        interface ITxRejected extends faultline.v1.TxRejected.$Properties {
        }

        /** Represents a TxRejected. */
        class TxRejected {

            /**
             * Constructs a new TxRejected.
             * @param [properties] Properties to set
             */
            constructor(properties?: faultline.v1.TxRejected.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** TxRejected height. */
            height: number;

            /** TxRejected txHash. */
            txHash: Uint8Array;

            /** TxRejected clientId. */
            clientId: string;

            /** TxRejected nonce. */
            nonce: number;

            /** TxRejected reason. */
            reason: string;

            /** TxRejected detail. */
            detail: string;

            /**
             * Creates a new TxRejected instance using the specified properties.
             * @param [properties] Properties to set
             * @returns TxRejected instance
             */
            static create(properties: faultline.v1.TxRejected.$Shape): faultline.v1.TxRejected & faultline.v1.TxRejected.$Shape;
            static create(properties?: faultline.v1.TxRejected.$Properties): faultline.v1.TxRejected;

            /**
             * Encodes the specified TxRejected message. Does not implicitly {@link faultline.v1.TxRejected.verify|verify} messages.
             * @param message TxRejected message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: faultline.v1.TxRejected.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified TxRejected message, length delimited. Does not implicitly {@link faultline.v1.TxRejected.verify|verify} messages.
             * @param message TxRejected message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: faultline.v1.TxRejected.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a TxRejected message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {faultline.v1.TxRejected & faultline.v1.TxRejected.$Shape} TxRejected
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): faultline.v1.TxRejected & faultline.v1.TxRejected.$Shape;

            /**
             * Decodes a TxRejected message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {faultline.v1.TxRejected & faultline.v1.TxRejected.$Shape} TxRejected
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): faultline.v1.TxRejected & faultline.v1.TxRejected.$Shape;
        }

        namespace TxRejected {

            /** Properties of a TxRejected. */
            interface $Properties {

                /** TxRejected height */
                height?: (number|null);

                /** TxRejected txHash */
                txHash?: (Uint8Array|null);

                /** TxRejected clientId */
                clientId?: (string|null);

                /** TxRejected nonce */
                nonce?: (number|null);

                /** TxRejected reason */
                reason?: (string|null);

                /** TxRejected detail */
                detail?: (string|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a TxRejected. */
            type $Shape = faultline.v1.TxRejected.$Properties;
        }

        /**
         * Properties of an OrderUpdate.
         * @deprecated Use faultline.v1.OrderUpdate.$Properties instead.
         */
        interface IOrderUpdate extends faultline.v1.OrderUpdate.$Properties {
        }

        /** Represents an OrderUpdate. */
        class OrderUpdate {

            /**
             * Constructs a new OrderUpdate.
             * @param [properties] Properties to set
             */
            constructor(properties?: faultline.v1.OrderUpdate.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** OrderUpdate height. */
            height: number;

            /** OrderUpdate marketId. */
            marketId: number;

            /** OrderUpdate orderId. */
            orderId: number;

            /** OrderUpdate clientOrderId. */
            clientOrderId: number;

            /** OrderUpdate accountId. */
            accountId: string;

            /** OrderUpdate status. */
            status: string;

            /** OrderUpdate remainingLots. */
            remainingLots: number;

            /** OrderUpdate reason. */
            reason: string;

            /** OrderUpdate detail. */
            detail: string;

            /**
             * Creates a new OrderUpdate instance using the specified properties.
             * @param [properties] Properties to set
             * @returns OrderUpdate instance
             */
            static create(properties: faultline.v1.OrderUpdate.$Shape): faultline.v1.OrderUpdate & faultline.v1.OrderUpdate.$Shape;
            static create(properties?: faultline.v1.OrderUpdate.$Properties): faultline.v1.OrderUpdate;

            /**
             * Encodes the specified OrderUpdate message. Does not implicitly {@link faultline.v1.OrderUpdate.verify|verify} messages.
             * @param message OrderUpdate message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: faultline.v1.OrderUpdate.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified OrderUpdate message, length delimited. Does not implicitly {@link faultline.v1.OrderUpdate.verify|verify} messages.
             * @param message OrderUpdate message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: faultline.v1.OrderUpdate.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes an OrderUpdate message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {faultline.v1.OrderUpdate & faultline.v1.OrderUpdate.$Shape} OrderUpdate
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): faultline.v1.OrderUpdate & faultline.v1.OrderUpdate.$Shape;

            /**
             * Decodes an OrderUpdate message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {faultline.v1.OrderUpdate & faultline.v1.OrderUpdate.$Shape} OrderUpdate
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): faultline.v1.OrderUpdate & faultline.v1.OrderUpdate.$Shape;
        }

        namespace OrderUpdate {

            /** Properties of an OrderUpdate. */
            interface $Properties {

                /** OrderUpdate height */
                height?: (number|null);

                /** OrderUpdate marketId */
                marketId?: (number|null);

                /** OrderUpdate orderId */
                orderId?: (number|null);

                /** OrderUpdate clientOrderId */
                clientOrderId?: (number|null);

                /** OrderUpdate accountId */
                accountId?: (string|null);

                /** OrderUpdate status */
                status?: (string|null);

                /** OrderUpdate remainingLots */
                remainingLots?: (number|null);

                /** OrderUpdate reason */
                reason?: (string|null);

                /** OrderUpdate detail */
                detail?: (string|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of an OrderUpdate. */
            type $Shape = faultline.v1.OrderUpdate.$Properties;
        }

        /**
         * Properties of a StateHash.
         * @deprecated Use faultline.v1.StateHash.$Properties instead.
         */
        interface IStateHash extends faultline.v1.StateHash.$Properties {
        }

        /** Represents a StateHash. */
        class StateHash {

            /**
             * Constructs a new StateHash.
             * @param [properties] Properties to set
             */
            constructor(properties?: faultline.v1.StateHash.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** StateHash height. */
            height: number;

            /** StateHash hash. */
            hash: Uint8Array;

            /** StateHash replicaId. */
            replicaId: string;

            /**
             * Creates a new StateHash instance using the specified properties.
             * @param [properties] Properties to set
             * @returns StateHash instance
             */
            static create(properties: faultline.v1.StateHash.$Shape): faultline.v1.StateHash & faultline.v1.StateHash.$Shape;
            static create(properties?: faultline.v1.StateHash.$Properties): faultline.v1.StateHash;

            /**
             * Encodes the specified StateHash message. Does not implicitly {@link faultline.v1.StateHash.verify|verify} messages.
             * @param message StateHash message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: faultline.v1.StateHash.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified StateHash message, length delimited. Does not implicitly {@link faultline.v1.StateHash.verify|verify} messages.
             * @param message StateHash message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: faultline.v1.StateHash.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a StateHash message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {faultline.v1.StateHash & faultline.v1.StateHash.$Shape} StateHash
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): faultline.v1.StateHash & faultline.v1.StateHash.$Shape;

            /**
             * Decodes a StateHash message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {faultline.v1.StateHash & faultline.v1.StateHash.$Shape} StateHash
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): faultline.v1.StateHash & faultline.v1.StateHash.$Shape;
        }

        namespace StateHash {

            /** Properties of a StateHash. */
            interface $Properties {

                /** StateHash height */
                height?: (number|null);

                /** StateHash hash */
                hash?: (Uint8Array|null);

                /** StateHash replicaId */
                replicaId?: (string|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a StateHash. */
            type $Shape = faultline.v1.StateHash.$Properties;
        }

        /**
         * Properties of a VenueEvent.
         * @deprecated Use faultline.v1.VenueEvent.$Properties instead.
         */
        interface IVenueEvent extends faultline.v1.VenueEvent.$Properties {
        }

        /** Represents a VenueEvent. */
        class VenueEvent {

            /**
             * Constructs a new VenueEvent.
             * @param [properties] Properties to set
             */
            constructor(properties?: faultline.v1.VenueEvent.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** VenueEvent fill. */
            fill?: (faultline.v1.Fill.$Properties|null);

            /** VenueEvent accountUpdate. */
            accountUpdate?: (faultline.v1.AccountUpdate.$Properties|null);

            /** VenueEvent marketStatus. */
            marketStatus?: (faultline.v1.MarketStatus.$Properties|null);

            /** VenueEvent auctionResult. */
            auctionResult?: (faultline.v1.AuctionResult.$Properties|null);

            /** VenueEvent liquidation. */
            liquidation?: (faultline.v1.LiquidationResult.$Properties|null);

            /** VenueEvent adl. */
            adl?: (faultline.v1.AdlEvent.$Properties|null);

            /** VenueEvent funding. */
            funding?: (faultline.v1.FundingPayment.$Properties|null);

            /** VenueEvent oraclePrice. */
            oraclePrice?: (faultline.v1.OraclePrice.$Properties|null);

            /** VenueEvent txRejected. */
            txRejected?: (faultline.v1.TxRejected.$Properties|null);

            /** VenueEvent orderUpdate. */
            orderUpdate?: (faultline.v1.OrderUpdate.$Properties|null);

            /** VenueEvent stateHash. */
            stateHash?: (faultline.v1.StateHash.$Properties|null);

            /** VenueEvent body. */
            body?: ("fill"|"accountUpdate"|"marketStatus"|"auctionResult"|"liquidation"|"adl"|"funding"|"oraclePrice"|"txRejected"|"orderUpdate"|"stateHash");

            /**
             * Creates a new VenueEvent instance using the specified properties.
             * @param [properties] Properties to set
             * @returns VenueEvent instance
             */
            static create(properties: faultline.v1.VenueEvent.$Shape): faultline.v1.VenueEvent & faultline.v1.VenueEvent.$Shape;
            static create(properties?: faultline.v1.VenueEvent.$Properties): faultline.v1.VenueEvent;

            /**
             * Encodes the specified VenueEvent message. Does not implicitly {@link faultline.v1.VenueEvent.verify|verify} messages.
             * @param message VenueEvent message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: faultline.v1.VenueEvent.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified VenueEvent message, length delimited. Does not implicitly {@link faultline.v1.VenueEvent.verify|verify} messages.
             * @param message VenueEvent message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: faultline.v1.VenueEvent.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a VenueEvent message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {faultline.v1.VenueEvent & faultline.v1.VenueEvent.$Shape} VenueEvent
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): faultline.v1.VenueEvent & faultline.v1.VenueEvent.$Shape;

            /**
             * Decodes a VenueEvent message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {faultline.v1.VenueEvent & faultline.v1.VenueEvent.$Shape} VenueEvent
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): faultline.v1.VenueEvent & faultline.v1.VenueEvent.$Shape;
        }

        namespace VenueEvent {

            /** Properties of a VenueEvent. */
            interface $Properties {

                /** VenueEvent fill */
                fill?: (faultline.v1.Fill.$Properties|null);

                /** VenueEvent accountUpdate */
                accountUpdate?: (faultline.v1.AccountUpdate.$Properties|null);

                /** VenueEvent marketStatus */
                marketStatus?: (faultline.v1.MarketStatus.$Properties|null);

                /** VenueEvent auctionResult */
                auctionResult?: (faultline.v1.AuctionResult.$Properties|null);

                /** VenueEvent liquidation */
                liquidation?: (faultline.v1.LiquidationResult.$Properties|null);

                /** VenueEvent adl */
                adl?: (faultline.v1.AdlEvent.$Properties|null);

                /** VenueEvent funding */
                funding?: (faultline.v1.FundingPayment.$Properties|null);

                /** VenueEvent oraclePrice */
                oraclePrice?: (faultline.v1.OraclePrice.$Properties|null);

                /** VenueEvent txRejected */
                txRejected?: (faultline.v1.TxRejected.$Properties|null);

                /** VenueEvent orderUpdate */
                orderUpdate?: (faultline.v1.OrderUpdate.$Properties|null);

                /** VenueEvent stateHash */
                stateHash?: (faultline.v1.StateHash.$Properties|null);

                /** VenueEvent body */
                body?: ("fill"|"accountUpdate"|"marketStatus"|"auctionResult"|"liquidation"|"adl"|"funding"|"oraclePrice"|"txRejected"|"orderUpdate"|"stateHash");

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Narrowed shape of a VenueEvent. */
            type $Shape = {
              fill?: faultline.v1.Fill.$Shape|null;
              accountUpdate?: faultline.v1.AccountUpdate.$Shape|null;
              marketStatus?: faultline.v1.MarketStatus.$Shape|null;
              auctionResult?: faultline.v1.AuctionResult.$Shape|null;
              liquidation?: faultline.v1.LiquidationResult.$Shape|null;
              adl?: faultline.v1.AdlEvent.$Shape|null;
              funding?: faultline.v1.FundingPayment.$Shape|null;
              oraclePrice?: faultline.v1.OraclePrice.$Shape|null;
              txRejected?: faultline.v1.TxRejected.$Shape|null;
              orderUpdate?: faultline.v1.OrderUpdate.$Shape|null;
              stateHash?: faultline.v1.StateHash.$Shape|null;
              $unknowns?: Uint8Array[];
            } & (
              ({ body?: undefined; fill?: null; accountUpdate?: null; marketStatus?: null; auctionResult?: null; liquidation?: null; adl?: null; funding?: null; oraclePrice?: null; txRejected?: null; orderUpdate?: null; stateHash?: null }|{ body?: "fill"; fill: faultline.v1.Fill.$Shape; accountUpdate?: null; marketStatus?: null; auctionResult?: null; liquidation?: null; adl?: null; funding?: null; oraclePrice?: null; txRejected?: null; orderUpdate?: null; stateHash?: null }|{ body?: "accountUpdate"; fill?: null; accountUpdate: faultline.v1.AccountUpdate.$Shape; marketStatus?: null; auctionResult?: null; liquidation?: null; adl?: null; funding?: null; oraclePrice?: null; txRejected?: null; orderUpdate?: null; stateHash?: null }|{ body?: "marketStatus"; fill?: null; accountUpdate?: null; marketStatus: faultline.v1.MarketStatus.$Shape; auctionResult?: null; liquidation?: null; adl?: null; funding?: null; oraclePrice?: null; txRejected?: null; orderUpdate?: null; stateHash?: null }|{ body?: "auctionResult"; fill?: null; accountUpdate?: null; marketStatus?: null; auctionResult: faultline.v1.AuctionResult.$Shape; liquidation?: null; adl?: null; funding?: null; oraclePrice?: null; txRejected?: null; orderUpdate?: null; stateHash?: null }|{ body?: "liquidation"; fill?: null; accountUpdate?: null; marketStatus?: null; auctionResult?: null; liquidation: faultline.v1.LiquidationResult.$Shape; adl?: null; funding?: null; oraclePrice?: null; txRejected?: null; orderUpdate?: null; stateHash?: null }|{ body?: "adl"; fill?: null; accountUpdate?: null; marketStatus?: null; auctionResult?: null; liquidation?: null; adl: faultline.v1.AdlEvent.$Shape; funding?: null; oraclePrice?: null; txRejected?: null; orderUpdate?: null; stateHash?: null }|{ body?: "funding"; fill?: null; accountUpdate?: null; marketStatus?: null; auctionResult?: null; liquidation?: null; adl?: null; funding: faultline.v1.FundingPayment.$Shape; oraclePrice?: null; txRejected?: null; orderUpdate?: null; stateHash?: null }|{ body?: "oraclePrice"; fill?: null; accountUpdate?: null; marketStatus?: null; auctionResult?: null; liquidation?: null; adl?: null; funding?: null; oraclePrice: faultline.v1.OraclePrice.$Shape; txRejected?: null; orderUpdate?: null; stateHash?: null }|{ body?: "txRejected"; fill?: null; accountUpdate?: null; marketStatus?: null; auctionResult?: null; liquidation?: null; adl?: null; funding?: null; oraclePrice?: null; txRejected: faultline.v1.TxRejected.$Shape; orderUpdate?: null; stateHash?: null }|{ body?: "orderUpdate"; fill?: null; accountUpdate?: null; marketStatus?: null; auctionResult?: null; liquidation?: null; adl?: null; funding?: null; oraclePrice?: null; txRejected?: null; orderUpdate: faultline.v1.OrderUpdate.$Shape; stateHash?: null }|{ body?: "stateHash"; fill?: null; accountUpdate?: null; marketStatus?: null; auctionResult?: null; liquidation?: null; adl?: null; funding?: null; oraclePrice?: null; txRejected?: null; orderUpdate?: null; stateHash: faultline.v1.StateHash.$Shape })
            );
        }

        /**
         * Properties of a BlockExecuted.
         * @deprecated Use faultline.v1.BlockExecuted.$Properties instead.
         */
        interface IBlockExecuted extends faultline.v1.BlockExecuted.$Properties {
        }

        /** Represents a BlockExecuted. */
        class BlockExecuted {

            /**
             * Constructs a new BlockExecuted.
             * @param [properties] Properties to set
             */
            constructor(properties?: faultline.v1.BlockExecuted.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** BlockExecuted height. */
            height: number;

            /** BlockExecuted replicaId. */
            replicaId: string;

            /** BlockExecuted events. */
            events: faultline.v1.VenueEvent.$Properties[];

            /** BlockExecuted stateHash. */
            stateHash: Uint8Array;

            /** BlockExecuted blockTimeUs. */
            blockTimeUs: number;

            /** BlockExecuted blockHash. */
            blockHash: Uint8Array;

            /**
             * Creates a new BlockExecuted instance using the specified properties.
             * @param [properties] Properties to set
             * @returns BlockExecuted instance
             */
            static create(properties: faultline.v1.BlockExecuted.$Shape): faultline.v1.BlockExecuted & faultline.v1.BlockExecuted.$Shape;
            static create(properties?: faultline.v1.BlockExecuted.$Properties): faultline.v1.BlockExecuted;

            /**
             * Encodes the specified BlockExecuted message. Does not implicitly {@link faultline.v1.BlockExecuted.verify|verify} messages.
             * @param message BlockExecuted message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: faultline.v1.BlockExecuted.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified BlockExecuted message, length delimited. Does not implicitly {@link faultline.v1.BlockExecuted.verify|verify} messages.
             * @param message BlockExecuted message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: faultline.v1.BlockExecuted.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a BlockExecuted message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {faultline.v1.BlockExecuted & faultline.v1.BlockExecuted.$Shape} BlockExecuted
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): faultline.v1.BlockExecuted & faultline.v1.BlockExecuted.$Shape;

            /**
             * Decodes a BlockExecuted message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {faultline.v1.BlockExecuted & faultline.v1.BlockExecuted.$Shape} BlockExecuted
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): faultline.v1.BlockExecuted & faultline.v1.BlockExecuted.$Shape;
        }

        namespace BlockExecuted {

            /** Properties of a BlockExecuted. */
            interface $Properties {

                /** BlockExecuted height */
                height?: (number|null);

                /** BlockExecuted replicaId */
                replicaId?: (string|null);

                /** BlockExecuted events */
                events?: (faultline.v1.VenueEvent.$Properties[]|null);

                /** BlockExecuted stateHash */
                stateHash?: (Uint8Array|null);

                /** BlockExecuted blockTimeUs */
                blockTimeUs?: (number|null);

                /** BlockExecuted blockHash */
                blockHash?: (Uint8Array|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a BlockExecuted. */
            type $Shape = {
              height?: number|null;
              replicaId?: string|null;
              events?: faultline.v1.VenueEvent.$Shape[]|null;
              stateHash?: Uint8Array|null;
              blockTimeUs?: number|null;
              blockHash?: Uint8Array|null;
              $unknowns?: Uint8Array[];
            };
        }

        /**
         * Properties of an ExternalPriceTick.
         * @deprecated Use faultline.v1.ExternalPriceTick.$Properties instead.
         */
        interface IExternalPriceTick extends faultline.v1.ExternalPriceTick.$Properties {
        }

        /** Represents an ExternalPriceTick. */
        class ExternalPriceTick {

            /**
             * Constructs a new ExternalPriceTick.
             * @param [properties] Properties to set
             */
            constructor(properties?: faultline.v1.ExternalPriceTick.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** ExternalPriceTick marketId. */
            marketId: number;

            /** ExternalPriceTick priceTicks. */
            priceTicks: number;

            /** ExternalPriceTick bidTicks. */
            bidTicks: number;

            /** ExternalPriceTick askTicks. */
            askTicks: number;

            /** ExternalPriceTick atUs. */
            atUs: number;

            /**
             * Creates a new ExternalPriceTick instance using the specified properties.
             * @param [properties] Properties to set
             * @returns ExternalPriceTick instance
             */
            static create(properties: faultline.v1.ExternalPriceTick.$Shape): faultline.v1.ExternalPriceTick & faultline.v1.ExternalPriceTick.$Shape;
            static create(properties?: faultline.v1.ExternalPriceTick.$Properties): faultline.v1.ExternalPriceTick;

            /**
             * Encodes the specified ExternalPriceTick message. Does not implicitly {@link faultline.v1.ExternalPriceTick.verify|verify} messages.
             * @param message ExternalPriceTick message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: faultline.v1.ExternalPriceTick.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified ExternalPriceTick message, length delimited. Does not implicitly {@link faultline.v1.ExternalPriceTick.verify|verify} messages.
             * @param message ExternalPriceTick message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: faultline.v1.ExternalPriceTick.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes an ExternalPriceTick message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {faultline.v1.ExternalPriceTick & faultline.v1.ExternalPriceTick.$Shape} ExternalPriceTick
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): faultline.v1.ExternalPriceTick & faultline.v1.ExternalPriceTick.$Shape;

            /**
             * Decodes an ExternalPriceTick message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {faultline.v1.ExternalPriceTick & faultline.v1.ExternalPriceTick.$Shape} ExternalPriceTick
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): faultline.v1.ExternalPriceTick & faultline.v1.ExternalPriceTick.$Shape;
        }

        namespace ExternalPriceTick {

            /** Properties of an ExternalPriceTick. */
            interface $Properties {

                /** ExternalPriceTick marketId */
                marketId?: (number|null);

                /** ExternalPriceTick priceTicks */
                priceTicks?: (number|null);

                /** ExternalPriceTick bidTicks */
                bidTicks?: (number|null);

                /** ExternalPriceTick askTicks */
                askTicks?: (number|null);

                /** ExternalPriceTick atUs */
                atUs?: (number|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of an ExternalPriceTick. */
            type $Shape = faultline.v1.ExternalPriceTick.$Properties;
        }

        /**
         * Properties of a HedgeOrder.
         * @deprecated Use faultline.v1.HedgeOrder.$Properties instead.
         */
        interface IHedgeOrder extends faultline.v1.HedgeOrder.$Properties {
        }

        /** Represents a HedgeOrder. */
        class HedgeOrder {

            /**
             * Constructs a new HedgeOrder.
             * @param [properties] Properties to set
             */
            constructor(properties?: faultline.v1.HedgeOrder.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** HedgeOrder hedgerId. */
            hedgerId: string;

            /** HedgeOrder orderId. */
            orderId: number;

            /** HedgeOrder marketId. */
            marketId: number;

            /** HedgeOrder side. */
            side: faultline.v1.Side;

            /** HedgeOrder sizeLots. */
            sizeLots: number;

            /** HedgeOrder limitPriceTicks. */
            limitPriceTicks: number;

            /**
             * Creates a new HedgeOrder instance using the specified properties.
             * @param [properties] Properties to set
             * @returns HedgeOrder instance
             */
            static create(properties: faultline.v1.HedgeOrder.$Shape): faultline.v1.HedgeOrder & faultline.v1.HedgeOrder.$Shape;
            static create(properties?: faultline.v1.HedgeOrder.$Properties): faultline.v1.HedgeOrder;

            /**
             * Encodes the specified HedgeOrder message. Does not implicitly {@link faultline.v1.HedgeOrder.verify|verify} messages.
             * @param message HedgeOrder message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: faultline.v1.HedgeOrder.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified HedgeOrder message, length delimited. Does not implicitly {@link faultline.v1.HedgeOrder.verify|verify} messages.
             * @param message HedgeOrder message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: faultline.v1.HedgeOrder.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a HedgeOrder message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {faultline.v1.HedgeOrder & faultline.v1.HedgeOrder.$Shape} HedgeOrder
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): faultline.v1.HedgeOrder & faultline.v1.HedgeOrder.$Shape;

            /**
             * Decodes a HedgeOrder message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {faultline.v1.HedgeOrder & faultline.v1.HedgeOrder.$Shape} HedgeOrder
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): faultline.v1.HedgeOrder & faultline.v1.HedgeOrder.$Shape;
        }

        namespace HedgeOrder {

            /** Properties of a HedgeOrder. */
            interface $Properties {

                /** HedgeOrder hedgerId */
                hedgerId?: (string|null);

                /** HedgeOrder orderId */
                orderId?: (number|null);

                /** HedgeOrder marketId */
                marketId?: (number|null);

                /** HedgeOrder side */
                side?: (faultline.v1.Side|null);

                /** HedgeOrder sizeLots */
                sizeLots?: (number|null);

                /** HedgeOrder limitPriceTicks */
                limitPriceTicks?: (number|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a HedgeOrder. */
            type $Shape = faultline.v1.HedgeOrder.$Properties;
        }

        /**
         * Properties of a HedgeFill.
         * @deprecated Use faultline.v1.HedgeFill.$Properties instead.
         */
        interface IHedgeFill extends faultline.v1.HedgeFill.$Properties {
        }

        /** Represents a HedgeFill. */
        class HedgeFill {

            /**
             * Constructs a new HedgeFill.
             * @param [properties] Properties to set
             */
            constructor(properties?: faultline.v1.HedgeFill.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** HedgeFill hedgerId. */
            hedgerId: string;

            /** HedgeFill orderId. */
            orderId: number;

            /** HedgeFill marketId. */
            marketId: number;

            /** HedgeFill side. */
            side: faultline.v1.Side;

            /** HedgeFill sizeLots. */
            sizeLots: number;

            /** HedgeFill priceTicks. */
            priceTicks: number;

            /** HedgeFill fee. */
            fee: number;

            /** HedgeFill atUs. */
            atUs: number;

            /**
             * Creates a new HedgeFill instance using the specified properties.
             * @param [properties] Properties to set
             * @returns HedgeFill instance
             */
            static create(properties: faultline.v1.HedgeFill.$Shape): faultline.v1.HedgeFill & faultline.v1.HedgeFill.$Shape;
            static create(properties?: faultline.v1.HedgeFill.$Properties): faultline.v1.HedgeFill;

            /**
             * Encodes the specified HedgeFill message. Does not implicitly {@link faultline.v1.HedgeFill.verify|verify} messages.
             * @param message HedgeFill message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: faultline.v1.HedgeFill.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified HedgeFill message, length delimited. Does not implicitly {@link faultline.v1.HedgeFill.verify|verify} messages.
             * @param message HedgeFill message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: faultline.v1.HedgeFill.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a HedgeFill message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {faultline.v1.HedgeFill & faultline.v1.HedgeFill.$Shape} HedgeFill
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): faultline.v1.HedgeFill & faultline.v1.HedgeFill.$Shape;

            /**
             * Decodes a HedgeFill message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {faultline.v1.HedgeFill & faultline.v1.HedgeFill.$Shape} HedgeFill
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): faultline.v1.HedgeFill & faultline.v1.HedgeFill.$Shape;
        }

        namespace HedgeFill {

            /** Properties of a HedgeFill. */
            interface $Properties {

                /** HedgeFill hedgerId */
                hedgerId?: (string|null);

                /** HedgeFill orderId */
                orderId?: (number|null);

                /** HedgeFill marketId */
                marketId?: (number|null);

                /** HedgeFill side */
                side?: (faultline.v1.Side|null);

                /** HedgeFill sizeLots */
                sizeLots?: (number|null);

                /** HedgeFill priceTicks */
                priceTicks?: (number|null);

                /** HedgeFill fee */
                fee?: (number|null);

                /** HedgeFill atUs */
                atUs?: (number|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a HedgeFill. */
            type $Shape = faultline.v1.HedgeFill.$Properties;
        }

        /**
         * Properties of a HedgeReject.
         * @deprecated Use faultline.v1.HedgeReject.$Properties instead.
         */
        interface IHedgeReject extends faultline.v1.HedgeReject.$Properties {
        }

        /** Represents a HedgeReject. */
        class HedgeReject {

            /**
             * Constructs a new HedgeReject.
             * @param [properties] Properties to set
             */
            constructor(properties?: faultline.v1.HedgeReject.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** HedgeReject hedgerId. */
            hedgerId: string;

            /** HedgeReject orderId. */
            orderId: number;

            /** HedgeReject reason. */
            reason: string;

            /**
             * Creates a new HedgeReject instance using the specified properties.
             * @param [properties] Properties to set
             * @returns HedgeReject instance
             */
            static create(properties: faultline.v1.HedgeReject.$Shape): faultline.v1.HedgeReject & faultline.v1.HedgeReject.$Shape;
            static create(properties?: faultline.v1.HedgeReject.$Properties): faultline.v1.HedgeReject;

            /**
             * Encodes the specified HedgeReject message. Does not implicitly {@link faultline.v1.HedgeReject.verify|verify} messages.
             * @param message HedgeReject message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: faultline.v1.HedgeReject.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified HedgeReject message, length delimited. Does not implicitly {@link faultline.v1.HedgeReject.verify|verify} messages.
             * @param message HedgeReject message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: faultline.v1.HedgeReject.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a HedgeReject message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {faultline.v1.HedgeReject & faultline.v1.HedgeReject.$Shape} HedgeReject
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): faultline.v1.HedgeReject & faultline.v1.HedgeReject.$Shape;

            /**
             * Decodes a HedgeReject message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {faultline.v1.HedgeReject & faultline.v1.HedgeReject.$Shape} HedgeReject
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): faultline.v1.HedgeReject & faultline.v1.HedgeReject.$Shape;
        }

        namespace HedgeReject {

            /** Properties of a HedgeReject. */
            interface $Properties {

                /** HedgeReject hedgerId */
                hedgerId?: (string|null);

                /** HedgeReject orderId */
                orderId?: (number|null);

                /** HedgeReject reason */
                reason?: (string|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a HedgeReject. */
            type $Shape = faultline.v1.HedgeReject.$Properties;
        }

        /**
         * Properties of a HedgerWalRecord.
         * @deprecated Use faultline.v1.HedgerWalRecord.$Properties instead.
         */
        interface IHedgerWalRecord extends faultline.v1.HedgerWalRecord.$Properties {
        }

        /** Represents a HedgerWalRecord. */
        class HedgerWalRecord {

            /**
             * Constructs a new HedgerWalRecord.
             * @param [properties] Properties to set
             */
            constructor(properties?: faultline.v1.HedgerWalRecord.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** HedgerWalRecord deposit. */
            deposit?: (faultline.v1.Transaction.$Properties|null);

            /** HedgerWalRecord funded. */
            funded?: (faultline.v1.HedgerWalFunded.$Properties|null);

            /** HedgerWalRecord venueFill. */
            venueFill?: (faultline.v1.HedgerWalVenueFill.$Properties|null);

            /** HedgerWalRecord hedgeOrder. */
            hedgeOrder?: (faultline.v1.HedgerWalOrder.$Properties|null);

            /** HedgerWalRecord hedgeFill. */
            hedgeFill?: (faultline.v1.HedgerWalHedgeFill.$Properties|null);

            /** HedgerWalRecord hedgeClosed. */
            hedgeClosed?: (faultline.v1.HedgerWalHedgeClosed.$Properties|null);

            /** HedgerWalRecord record. */
            record?: ("deposit"|"funded"|"venueFill"|"hedgeOrder"|"hedgeFill"|"hedgeClosed");

            /**
             * Creates a new HedgerWalRecord instance using the specified properties.
             * @param [properties] Properties to set
             * @returns HedgerWalRecord instance
             */
            static create(properties: faultline.v1.HedgerWalRecord.$Shape): faultline.v1.HedgerWalRecord & faultline.v1.HedgerWalRecord.$Shape;
            static create(properties?: faultline.v1.HedgerWalRecord.$Properties): faultline.v1.HedgerWalRecord;

            /**
             * Encodes the specified HedgerWalRecord message. Does not implicitly {@link faultline.v1.HedgerWalRecord.verify|verify} messages.
             * @param message HedgerWalRecord message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: faultline.v1.HedgerWalRecord.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified HedgerWalRecord message, length delimited. Does not implicitly {@link faultline.v1.HedgerWalRecord.verify|verify} messages.
             * @param message HedgerWalRecord message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: faultline.v1.HedgerWalRecord.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a HedgerWalRecord message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {faultline.v1.HedgerWalRecord & faultline.v1.HedgerWalRecord.$Shape} HedgerWalRecord
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): faultline.v1.HedgerWalRecord & faultline.v1.HedgerWalRecord.$Shape;

            /**
             * Decodes a HedgerWalRecord message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {faultline.v1.HedgerWalRecord & faultline.v1.HedgerWalRecord.$Shape} HedgerWalRecord
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): faultline.v1.HedgerWalRecord & faultline.v1.HedgerWalRecord.$Shape;
        }

        namespace HedgerWalRecord {

            /** Properties of a HedgerWalRecord. */
            interface $Properties {

                /** HedgerWalRecord deposit */
                deposit?: (faultline.v1.Transaction.$Properties|null);

                /** HedgerWalRecord funded */
                funded?: (faultline.v1.HedgerWalFunded.$Properties|null);

                /** HedgerWalRecord venueFill */
                venueFill?: (faultline.v1.HedgerWalVenueFill.$Properties|null);

                /** HedgerWalRecord hedgeOrder */
                hedgeOrder?: (faultline.v1.HedgerWalOrder.$Properties|null);

                /** HedgerWalRecord hedgeFill */
                hedgeFill?: (faultline.v1.HedgerWalHedgeFill.$Properties|null);

                /** HedgerWalRecord hedgeClosed */
                hedgeClosed?: (faultline.v1.HedgerWalHedgeClosed.$Properties|null);

                /** HedgerWalRecord record */
                record?: ("deposit"|"funded"|"venueFill"|"hedgeOrder"|"hedgeFill"|"hedgeClosed");

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Narrowed shape of a HedgerWalRecord. */
            type $Shape = {
              deposit?: faultline.v1.Transaction.$Shape|null;
              funded?: faultline.v1.HedgerWalFunded.$Shape|null;
              venueFill?: faultline.v1.HedgerWalVenueFill.$Shape|null;
              hedgeOrder?: faultline.v1.HedgerWalOrder.$Shape|null;
              hedgeFill?: faultline.v1.HedgerWalHedgeFill.$Shape|null;
              hedgeClosed?: faultline.v1.HedgerWalHedgeClosed.$Shape|null;
              $unknowns?: Uint8Array[];
            } & (
              ({ record?: undefined; deposit?: null; funded?: null; venueFill?: null; hedgeOrder?: null; hedgeFill?: null; hedgeClosed?: null }|{ record?: "deposit"; deposit: faultline.v1.Transaction.$Shape; funded?: null; venueFill?: null; hedgeOrder?: null; hedgeFill?: null; hedgeClosed?: null }|{ record?: "funded"; deposit?: null; funded: faultline.v1.HedgerWalFunded.$Shape; venueFill?: null; hedgeOrder?: null; hedgeFill?: null; hedgeClosed?: null }|{ record?: "venueFill"; deposit?: null; funded?: null; venueFill: faultline.v1.HedgerWalVenueFill.$Shape; hedgeOrder?: null; hedgeFill?: null; hedgeClosed?: null }|{ record?: "hedgeOrder"; deposit?: null; funded?: null; venueFill?: null; hedgeOrder: faultline.v1.HedgerWalOrder.$Shape; hedgeFill?: null; hedgeClosed?: null }|{ record?: "hedgeFill"; deposit?: null; funded?: null; venueFill?: null; hedgeOrder?: null; hedgeFill: faultline.v1.HedgerWalHedgeFill.$Shape; hedgeClosed?: null }|{ record?: "hedgeClosed"; deposit?: null; funded?: null; venueFill?: null; hedgeOrder?: null; hedgeFill?: null; hedgeClosed: faultline.v1.HedgerWalHedgeClosed.$Shape })
            );
        }

        /**
         * Properties of a HedgerWalFunded.
         * @deprecated Use faultline.v1.HedgerWalFunded.$Properties instead.
         */
        interface IHedgerWalFunded extends faultline.v1.HedgerWalFunded.$Properties {
        }

        /** Represents a HedgerWalFunded. */
        class HedgerWalFunded {

            /**
             * Constructs a new HedgerWalFunded.
             * @param [properties] Properties to set
             */
            constructor(properties?: faultline.v1.HedgerWalFunded.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /**
             * Creates a new HedgerWalFunded instance using the specified properties.
             * @param [properties] Properties to set
             * @returns HedgerWalFunded instance
             */
            static create(properties: faultline.v1.HedgerWalFunded.$Shape): faultline.v1.HedgerWalFunded & faultline.v1.HedgerWalFunded.$Shape;
            static create(properties?: faultline.v1.HedgerWalFunded.$Properties): faultline.v1.HedgerWalFunded;

            /**
             * Encodes the specified HedgerWalFunded message. Does not implicitly {@link faultline.v1.HedgerWalFunded.verify|verify} messages.
             * @param message HedgerWalFunded message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: faultline.v1.HedgerWalFunded.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified HedgerWalFunded message, length delimited. Does not implicitly {@link faultline.v1.HedgerWalFunded.verify|verify} messages.
             * @param message HedgerWalFunded message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: faultline.v1.HedgerWalFunded.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a HedgerWalFunded message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {faultline.v1.HedgerWalFunded & faultline.v1.HedgerWalFunded.$Shape} HedgerWalFunded
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): faultline.v1.HedgerWalFunded & faultline.v1.HedgerWalFunded.$Shape;

            /**
             * Decodes a HedgerWalFunded message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {faultline.v1.HedgerWalFunded & faultline.v1.HedgerWalFunded.$Shape} HedgerWalFunded
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): faultline.v1.HedgerWalFunded & faultline.v1.HedgerWalFunded.$Shape;
        }

        namespace HedgerWalFunded {

            /** Properties of a HedgerWalFunded. */
            interface $Properties {

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a HedgerWalFunded. */
            type $Shape = faultline.v1.HedgerWalFunded.$Properties;
        }

        /**
         * Properties of a HedgerWalTrade.
         * @deprecated Use faultline.v1.HedgerWalTrade.$Properties instead.
         */
        interface IHedgerWalTrade extends faultline.v1.HedgerWalTrade.$Properties {
        }

        /** Represents a HedgerWalTrade. */
        class HedgerWalTrade {

            /**
             * Constructs a new HedgerWalTrade.
             * @param [properties] Properties to set
             */
            constructor(properties?: faultline.v1.HedgerWalTrade.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** HedgerWalTrade signedLots. */
            signedLots: number;

            /** HedgerWalTrade priceTicks. */
            priceTicks: number;

            /** HedgerWalTrade fee. */
            fee: number;

            /**
             * Creates a new HedgerWalTrade instance using the specified properties.
             * @param [properties] Properties to set
             * @returns HedgerWalTrade instance
             */
            static create(properties: faultline.v1.HedgerWalTrade.$Shape): faultline.v1.HedgerWalTrade & faultline.v1.HedgerWalTrade.$Shape;
            static create(properties?: faultline.v1.HedgerWalTrade.$Properties): faultline.v1.HedgerWalTrade;

            /**
             * Encodes the specified HedgerWalTrade message. Does not implicitly {@link faultline.v1.HedgerWalTrade.verify|verify} messages.
             * @param message HedgerWalTrade message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: faultline.v1.HedgerWalTrade.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified HedgerWalTrade message, length delimited. Does not implicitly {@link faultline.v1.HedgerWalTrade.verify|verify} messages.
             * @param message HedgerWalTrade message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: faultline.v1.HedgerWalTrade.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a HedgerWalTrade message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {faultline.v1.HedgerWalTrade & faultline.v1.HedgerWalTrade.$Shape} HedgerWalTrade
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): faultline.v1.HedgerWalTrade & faultline.v1.HedgerWalTrade.$Shape;

            /**
             * Decodes a HedgerWalTrade message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {faultline.v1.HedgerWalTrade & faultline.v1.HedgerWalTrade.$Shape} HedgerWalTrade
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): faultline.v1.HedgerWalTrade & faultline.v1.HedgerWalTrade.$Shape;
        }

        namespace HedgerWalTrade {

            /** Properties of a HedgerWalTrade. */
            interface $Properties {

                /** HedgerWalTrade signedLots */
                signedLots?: (number|null);

                /** HedgerWalTrade priceTicks */
                priceTicks?: (number|null);

                /** HedgerWalTrade fee */
                fee?: (number|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a HedgerWalTrade. */
            type $Shape = faultline.v1.HedgerWalTrade.$Properties;
        }

        /**
         * Properties of a HedgerWalVenueFill.
         * @deprecated Use faultline.v1.HedgerWalVenueFill.$Properties instead.
         */
        interface IHedgerWalVenueFill extends faultline.v1.HedgerWalVenueFill.$Properties {
        }

        /** Represents a HedgerWalVenueFill. */
        class HedgerWalVenueFill {

            /**
             * Constructs a new HedgerWalVenueFill.
             * @param [properties] Properties to set
             */
            constructor(properties?: faultline.v1.HedgerWalVenueFill.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** HedgerWalVenueFill marketId. */
            marketId: number;

            /** HedgerWalVenueFill fillId. */
            fillId: number;

            /** HedgerWalVenueFill trade. */
            trade?: (faultline.v1.HedgerWalTrade.$Properties|null);

            /**
             * Creates a new HedgerWalVenueFill instance using the specified properties.
             * @param [properties] Properties to set
             * @returns HedgerWalVenueFill instance
             */
            static create(properties: faultline.v1.HedgerWalVenueFill.$Shape): faultline.v1.HedgerWalVenueFill & faultline.v1.HedgerWalVenueFill.$Shape;
            static create(properties?: faultline.v1.HedgerWalVenueFill.$Properties): faultline.v1.HedgerWalVenueFill;

            /**
             * Encodes the specified HedgerWalVenueFill message. Does not implicitly {@link faultline.v1.HedgerWalVenueFill.verify|verify} messages.
             * @param message HedgerWalVenueFill message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: faultline.v1.HedgerWalVenueFill.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified HedgerWalVenueFill message, length delimited. Does not implicitly {@link faultline.v1.HedgerWalVenueFill.verify|verify} messages.
             * @param message HedgerWalVenueFill message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: faultline.v1.HedgerWalVenueFill.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a HedgerWalVenueFill message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {faultline.v1.HedgerWalVenueFill & faultline.v1.HedgerWalVenueFill.$Shape} HedgerWalVenueFill
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): faultline.v1.HedgerWalVenueFill & faultline.v1.HedgerWalVenueFill.$Shape;

            /**
             * Decodes a HedgerWalVenueFill message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {faultline.v1.HedgerWalVenueFill & faultline.v1.HedgerWalVenueFill.$Shape} HedgerWalVenueFill
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): faultline.v1.HedgerWalVenueFill & faultline.v1.HedgerWalVenueFill.$Shape;
        }

        namespace HedgerWalVenueFill {

            /** Properties of a HedgerWalVenueFill. */
            interface $Properties {

                /** HedgerWalVenueFill marketId */
                marketId?: (number|null);

                /** HedgerWalVenueFill fillId */
                fillId?: (number|null);

                /** HedgerWalVenueFill trade */
                trade?: (faultline.v1.HedgerWalTrade.$Properties|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a HedgerWalVenueFill. */
            type $Shape = faultline.v1.HedgerWalVenueFill.$Properties;
        }

        /**
         * Properties of a HedgerWalOrder.
         * @deprecated Use faultline.v1.HedgerWalOrder.$Properties instead.
         */
        interface IHedgerWalOrder extends faultline.v1.HedgerWalOrder.$Properties {
        }

        /** Represents a HedgerWalOrder. */
        class HedgerWalOrder {

            /**
             * Constructs a new HedgerWalOrder.
             * @param [properties] Properties to set
             */
            constructor(properties?: faultline.v1.HedgerWalOrder.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** HedgerWalOrder orderId. */
            orderId: number;

            /** HedgerWalOrder marketId. */
            marketId: number;

            /** HedgerWalOrder signedLots. */
            signedLots: number;

            /** HedgerWalOrder filledLots. */
            filledLots: number;

            /** HedgerWalOrder sentAtUs. */
            sentAtUs: number;

            /** HedgerWalOrder open. */
            open: boolean;

            /** HedgerWalOrder fillKeys. */
            fillKeys: string[];

            /**
             * Creates a new HedgerWalOrder instance using the specified properties.
             * @param [properties] Properties to set
             * @returns HedgerWalOrder instance
             */
            static create(properties: faultline.v1.HedgerWalOrder.$Shape): faultline.v1.HedgerWalOrder & faultline.v1.HedgerWalOrder.$Shape;
            static create(properties?: faultline.v1.HedgerWalOrder.$Properties): faultline.v1.HedgerWalOrder;

            /**
             * Encodes the specified HedgerWalOrder message. Does not implicitly {@link faultline.v1.HedgerWalOrder.verify|verify} messages.
             * @param message HedgerWalOrder message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: faultline.v1.HedgerWalOrder.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified HedgerWalOrder message, length delimited. Does not implicitly {@link faultline.v1.HedgerWalOrder.verify|verify} messages.
             * @param message HedgerWalOrder message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: faultline.v1.HedgerWalOrder.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a HedgerWalOrder message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {faultline.v1.HedgerWalOrder & faultline.v1.HedgerWalOrder.$Shape} HedgerWalOrder
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): faultline.v1.HedgerWalOrder & faultline.v1.HedgerWalOrder.$Shape;

            /**
             * Decodes a HedgerWalOrder message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {faultline.v1.HedgerWalOrder & faultline.v1.HedgerWalOrder.$Shape} HedgerWalOrder
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): faultline.v1.HedgerWalOrder & faultline.v1.HedgerWalOrder.$Shape;
        }

        namespace HedgerWalOrder {

            /** Properties of a HedgerWalOrder. */
            interface $Properties {

                /** HedgerWalOrder orderId */
                orderId?: (number|null);

                /** HedgerWalOrder marketId */
                marketId?: (number|null);

                /** HedgerWalOrder signedLots */
                signedLots?: (number|null);

                /** HedgerWalOrder filledLots */
                filledLots?: (number|null);

                /** HedgerWalOrder sentAtUs */
                sentAtUs?: (number|null);

                /** HedgerWalOrder open */
                open?: (boolean|null);

                /** HedgerWalOrder fillKeys */
                fillKeys?: (string[]|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a HedgerWalOrder. */
            type $Shape = faultline.v1.HedgerWalOrder.$Properties;
        }

        /**
         * Properties of a HedgerWalHedgeFill.
         * @deprecated Use faultline.v1.HedgerWalHedgeFill.$Properties instead.
         */
        interface IHedgerWalHedgeFill extends faultline.v1.HedgerWalHedgeFill.$Properties {
        }

        /** Represents a HedgerWalHedgeFill. */
        class HedgerWalHedgeFill {

            /**
             * Constructs a new HedgerWalHedgeFill.
             * @param [properties] Properties to set
             */
            constructor(properties?: faultline.v1.HedgerWalHedgeFill.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** HedgerWalHedgeFill orderId. */
            orderId: number;

            /** HedgerWalHedgeFill key. */
            key: string;

            /** HedgerWalHedgeFill trade. */
            trade?: (faultline.v1.HedgerWalTrade.$Properties|null);

            /**
             * Creates a new HedgerWalHedgeFill instance using the specified properties.
             * @param [properties] Properties to set
             * @returns HedgerWalHedgeFill instance
             */
            static create(properties: faultline.v1.HedgerWalHedgeFill.$Shape): faultline.v1.HedgerWalHedgeFill & faultline.v1.HedgerWalHedgeFill.$Shape;
            static create(properties?: faultline.v1.HedgerWalHedgeFill.$Properties): faultline.v1.HedgerWalHedgeFill;

            /**
             * Encodes the specified HedgerWalHedgeFill message. Does not implicitly {@link faultline.v1.HedgerWalHedgeFill.verify|verify} messages.
             * @param message HedgerWalHedgeFill message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: faultline.v1.HedgerWalHedgeFill.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified HedgerWalHedgeFill message, length delimited. Does not implicitly {@link faultline.v1.HedgerWalHedgeFill.verify|verify} messages.
             * @param message HedgerWalHedgeFill message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: faultline.v1.HedgerWalHedgeFill.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a HedgerWalHedgeFill message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {faultline.v1.HedgerWalHedgeFill & faultline.v1.HedgerWalHedgeFill.$Shape} HedgerWalHedgeFill
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): faultline.v1.HedgerWalHedgeFill & faultline.v1.HedgerWalHedgeFill.$Shape;

            /**
             * Decodes a HedgerWalHedgeFill message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {faultline.v1.HedgerWalHedgeFill & faultline.v1.HedgerWalHedgeFill.$Shape} HedgerWalHedgeFill
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): faultline.v1.HedgerWalHedgeFill & faultline.v1.HedgerWalHedgeFill.$Shape;
        }

        namespace HedgerWalHedgeFill {

            /** Properties of a HedgerWalHedgeFill. */
            interface $Properties {

                /** HedgerWalHedgeFill orderId */
                orderId?: (number|null);

                /** HedgerWalHedgeFill key */
                key?: (string|null);

                /** HedgerWalHedgeFill trade */
                trade?: (faultline.v1.HedgerWalTrade.$Properties|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a HedgerWalHedgeFill. */
            type $Shape = faultline.v1.HedgerWalHedgeFill.$Properties;
        }

        /**
         * Properties of a HedgerWalHedgeClosed.
         * @deprecated Use faultline.v1.HedgerWalHedgeClosed.$Properties instead.
         */
        interface IHedgerWalHedgeClosed extends faultline.v1.HedgerWalHedgeClosed.$Properties {
        }

        /** Represents a HedgerWalHedgeClosed. */
        class HedgerWalHedgeClosed {

            /**
             * Constructs a new HedgerWalHedgeClosed.
             * @param [properties] Properties to set
             */
            constructor(properties?: faultline.v1.HedgerWalHedgeClosed.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** HedgerWalHedgeClosed orderId. */
            orderId: number;

            /**
             * Creates a new HedgerWalHedgeClosed instance using the specified properties.
             * @param [properties] Properties to set
             * @returns HedgerWalHedgeClosed instance
             */
            static create(properties: faultline.v1.HedgerWalHedgeClosed.$Shape): faultline.v1.HedgerWalHedgeClosed & faultline.v1.HedgerWalHedgeClosed.$Shape;
            static create(properties?: faultline.v1.HedgerWalHedgeClosed.$Properties): faultline.v1.HedgerWalHedgeClosed;

            /**
             * Encodes the specified HedgerWalHedgeClosed message. Does not implicitly {@link faultline.v1.HedgerWalHedgeClosed.verify|verify} messages.
             * @param message HedgerWalHedgeClosed message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: faultline.v1.HedgerWalHedgeClosed.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified HedgerWalHedgeClosed message, length delimited. Does not implicitly {@link faultline.v1.HedgerWalHedgeClosed.verify|verify} messages.
             * @param message HedgerWalHedgeClosed message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: faultline.v1.HedgerWalHedgeClosed.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a HedgerWalHedgeClosed message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {faultline.v1.HedgerWalHedgeClosed & faultline.v1.HedgerWalHedgeClosed.$Shape} HedgerWalHedgeClosed
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): faultline.v1.HedgerWalHedgeClosed & faultline.v1.HedgerWalHedgeClosed.$Shape;

            /**
             * Decodes a HedgerWalHedgeClosed message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {faultline.v1.HedgerWalHedgeClosed & faultline.v1.HedgerWalHedgeClosed.$Shape} HedgerWalHedgeClosed
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): faultline.v1.HedgerWalHedgeClosed & faultline.v1.HedgerWalHedgeClosed.$Shape;
        }

        namespace HedgerWalHedgeClosed {

            /** Properties of a HedgerWalHedgeClosed. */
            interface $Properties {

                /** HedgerWalHedgeClosed orderId */
                orderId?: (number|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a HedgerWalHedgeClosed. */
            type $Shape = faultline.v1.HedgerWalHedgeClosed.$Properties;
        }

        /**
         * Properties of a HedgerWalLeg.
         * @deprecated Use faultline.v1.HedgerWalLeg.$Properties instead.
         */
        interface IHedgerWalLeg extends faultline.v1.HedgerWalLeg.$Properties {
        }

        /** Represents a HedgerWalLeg. */
        class HedgerWalLeg {

            /**
             * Constructs a new HedgerWalLeg.
             * @param [properties] Properties to set
             */
            constructor(properties?: faultline.v1.HedgerWalLeg.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** HedgerWalLeg positionLots. */
            positionLots: number;

            /** HedgerWalLeg cash. */
            cash: number;

            /** HedgerWalLeg feesPaid. */
            feesPaid: number;

            /** HedgerWalLeg lastPriceTicks. */
            lastPriceTicks: number;

            /**
             * Creates a new HedgerWalLeg instance using the specified properties.
             * @param [properties] Properties to set
             * @returns HedgerWalLeg instance
             */
            static create(properties: faultline.v1.HedgerWalLeg.$Shape): faultline.v1.HedgerWalLeg & faultline.v1.HedgerWalLeg.$Shape;
            static create(properties?: faultline.v1.HedgerWalLeg.$Properties): faultline.v1.HedgerWalLeg;

            /**
             * Encodes the specified HedgerWalLeg message. Does not implicitly {@link faultline.v1.HedgerWalLeg.verify|verify} messages.
             * @param message HedgerWalLeg message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: faultline.v1.HedgerWalLeg.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified HedgerWalLeg message, length delimited. Does not implicitly {@link faultline.v1.HedgerWalLeg.verify|verify} messages.
             * @param message HedgerWalLeg message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: faultline.v1.HedgerWalLeg.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a HedgerWalLeg message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {faultline.v1.HedgerWalLeg & faultline.v1.HedgerWalLeg.$Shape} HedgerWalLeg
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): faultline.v1.HedgerWalLeg & faultline.v1.HedgerWalLeg.$Shape;

            /**
             * Decodes a HedgerWalLeg message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {faultline.v1.HedgerWalLeg & faultline.v1.HedgerWalLeg.$Shape} HedgerWalLeg
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): faultline.v1.HedgerWalLeg & faultline.v1.HedgerWalLeg.$Shape;
        }

        namespace HedgerWalLeg {

            /** Properties of a HedgerWalLeg. */
            interface $Properties {

                /** HedgerWalLeg positionLots */
                positionLots?: (number|null);

                /** HedgerWalLeg cash */
                cash?: (number|null);

                /** HedgerWalLeg feesPaid */
                feesPaid?: (number|null);

                /** HedgerWalLeg lastPriceTicks */
                lastPriceTicks?: (number|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a HedgerWalLeg. */
            type $Shape = faultline.v1.HedgerWalLeg.$Properties;
        }

        /**
         * Properties of a HedgerWalMarketBook.
         * @deprecated Use faultline.v1.HedgerWalMarketBook.$Properties instead.
         */
        interface IHedgerWalMarketBook extends faultline.v1.HedgerWalMarketBook.$Properties {
        }

        /** Represents a HedgerWalMarketBook. */
        class HedgerWalMarketBook {

            /**
             * Constructs a new HedgerWalMarketBook.
             * @param [properties] Properties to set
             */
            constructor(properties?: faultline.v1.HedgerWalMarketBook.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** HedgerWalMarketBook marketId. */
            marketId: number;

            /** HedgerWalMarketBook venue. */
            venue?: (faultline.v1.HedgerWalLeg.$Properties|null);

            /** HedgerWalMarketBook external. */
            external?: (faultline.v1.HedgerWalLeg.$Properties|null);

            /** HedgerWalMarketBook venueMarkTicks. */
            venueMarkTicks: number;

            /** HedgerWalMarketBook externalPriceTicks. */
            externalPriceTicks: number;

            /**
             * Creates a new HedgerWalMarketBook instance using the specified properties.
             * @param [properties] Properties to set
             * @returns HedgerWalMarketBook instance
             */
            static create(properties: faultline.v1.HedgerWalMarketBook.$Shape): faultline.v1.HedgerWalMarketBook & faultline.v1.HedgerWalMarketBook.$Shape;
            static create(properties?: faultline.v1.HedgerWalMarketBook.$Properties): faultline.v1.HedgerWalMarketBook;

            /**
             * Encodes the specified HedgerWalMarketBook message. Does not implicitly {@link faultline.v1.HedgerWalMarketBook.verify|verify} messages.
             * @param message HedgerWalMarketBook message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: faultline.v1.HedgerWalMarketBook.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified HedgerWalMarketBook message, length delimited. Does not implicitly {@link faultline.v1.HedgerWalMarketBook.verify|verify} messages.
             * @param message HedgerWalMarketBook message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: faultline.v1.HedgerWalMarketBook.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a HedgerWalMarketBook message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {faultline.v1.HedgerWalMarketBook & faultline.v1.HedgerWalMarketBook.$Shape} HedgerWalMarketBook
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): faultline.v1.HedgerWalMarketBook & faultline.v1.HedgerWalMarketBook.$Shape;

            /**
             * Decodes a HedgerWalMarketBook message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {faultline.v1.HedgerWalMarketBook & faultline.v1.HedgerWalMarketBook.$Shape} HedgerWalMarketBook
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): faultline.v1.HedgerWalMarketBook & faultline.v1.HedgerWalMarketBook.$Shape;
        }

        namespace HedgerWalMarketBook {

            /** Properties of a HedgerWalMarketBook. */
            interface $Properties {

                /** HedgerWalMarketBook marketId */
                marketId?: (number|null);

                /** HedgerWalMarketBook venue */
                venue?: (faultline.v1.HedgerWalLeg.$Properties|null);

                /** HedgerWalMarketBook external */
                external?: (faultline.v1.HedgerWalLeg.$Properties|null);

                /** HedgerWalMarketBook venueMarkTicks */
                venueMarkTicks?: (number|null);

                /** HedgerWalMarketBook externalPriceTicks */
                externalPriceTicks?: (number|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a HedgerWalMarketBook. */
            type $Shape = faultline.v1.HedgerWalMarketBook.$Properties;
        }

        /**
         * Properties of a HedgerWalSnapshot.
         * @deprecated Use faultline.v1.HedgerWalSnapshot.$Properties instead.
         */
        interface IHedgerWalSnapshot extends faultline.v1.HedgerWalSnapshot.$Properties {
        }

        /** Represents a HedgerWalSnapshot. */
        class HedgerWalSnapshot {

            /**
             * Constructs a new HedgerWalSnapshot.
             * @param [properties] Properties to set
             */
            constructor(properties?: faultline.v1.HedgerWalSnapshot.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** HedgerWalSnapshot books. */
            books: faultline.v1.HedgerWalMarketBook.$Properties[];

            /** HedgerWalSnapshot depositTx. */
            depositTx?: (faultline.v1.Transaction.$Properties|null);

            /** HedgerWalSnapshot funded. */
            funded: boolean;

            /** HedgerWalSnapshot lastVenueFillId. */
            lastVenueFillId: number;

            /** HedgerWalSnapshot orders. */
            orders: faultline.v1.HedgerWalOrder.$Properties[];

            /**
             * Creates a new HedgerWalSnapshot instance using the specified properties.
             * @param [properties] Properties to set
             * @returns HedgerWalSnapshot instance
             */
            static create(properties: faultline.v1.HedgerWalSnapshot.$Shape): faultline.v1.HedgerWalSnapshot & faultline.v1.HedgerWalSnapshot.$Shape;
            static create(properties?: faultline.v1.HedgerWalSnapshot.$Properties): faultline.v1.HedgerWalSnapshot;

            /**
             * Encodes the specified HedgerWalSnapshot message. Does not implicitly {@link faultline.v1.HedgerWalSnapshot.verify|verify} messages.
             * @param message HedgerWalSnapshot message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: faultline.v1.HedgerWalSnapshot.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified HedgerWalSnapshot message, length delimited. Does not implicitly {@link faultline.v1.HedgerWalSnapshot.verify|verify} messages.
             * @param message HedgerWalSnapshot message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: faultline.v1.HedgerWalSnapshot.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a HedgerWalSnapshot message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {faultline.v1.HedgerWalSnapshot & faultline.v1.HedgerWalSnapshot.$Shape} HedgerWalSnapshot
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): faultline.v1.HedgerWalSnapshot & faultline.v1.HedgerWalSnapshot.$Shape;

            /**
             * Decodes a HedgerWalSnapshot message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {faultline.v1.HedgerWalSnapshot & faultline.v1.HedgerWalSnapshot.$Shape} HedgerWalSnapshot
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): faultline.v1.HedgerWalSnapshot & faultline.v1.HedgerWalSnapshot.$Shape;
        }

        namespace HedgerWalSnapshot {

            /** Properties of a HedgerWalSnapshot. */
            interface $Properties {

                /** HedgerWalSnapshot books */
                books?: (faultline.v1.HedgerWalMarketBook.$Properties[]|null);

                /** HedgerWalSnapshot depositTx */
                depositTx?: (faultline.v1.Transaction.$Properties|null);

                /** HedgerWalSnapshot funded */
                funded?: (boolean|null);

                /** HedgerWalSnapshot lastVenueFillId */
                lastVenueFillId?: (number|null);

                /** HedgerWalSnapshot orders */
                orders?: (faultline.v1.HedgerWalOrder.$Properties[]|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a HedgerWalSnapshot. */
            type $Shape = {
              books?: faultline.v1.HedgerWalMarketBook.$Shape[]|null;
              depositTx?: faultline.v1.Transaction.$Shape|null;
              funded?: boolean|null;
              lastVenueFillId?: number|null;
              orders?: faultline.v1.HedgerWalOrder.$Shape[]|null;
              $unknowns?: Uint8Array[];
            };
        }

        /**
         * Properties of a LogHeader.
         * @deprecated Use faultline.v1.LogHeader.$Properties instead.
         */
        interface ILogHeader extends faultline.v1.LogHeader.$Properties {
        }

        /** Represents a LogHeader. */
        class LogHeader {

            /**
             * Constructs a new LogHeader.
             * @param [properties] Properties to set
             */
            constructor(properties?: faultline.v1.LogHeader.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** LogHeader formatVersion. */
            formatVersion: number;

            /** LogHeader runId. */
            runId: string;

            /** LogHeader scenario. */
            scenario: string;

            /** LogHeader seed. */
            seed: number;

            /** LogHeader createdBy. */
            createdBy: string;

            /** LogHeader scenarioJson. */
            scenarioJson: string;

            /** LogHeader policy. */
            policy: string;

            /**
             * Creates a new LogHeader instance using the specified properties.
             * @param [properties] Properties to set
             * @returns LogHeader instance
             */
            static create(properties: faultline.v1.LogHeader.$Shape): faultline.v1.LogHeader & faultline.v1.LogHeader.$Shape;
            static create(properties?: faultline.v1.LogHeader.$Properties): faultline.v1.LogHeader;

            /**
             * Encodes the specified LogHeader message. Does not implicitly {@link faultline.v1.LogHeader.verify|verify} messages.
             * @param message LogHeader message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: faultline.v1.LogHeader.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified LogHeader message, length delimited. Does not implicitly {@link faultline.v1.LogHeader.verify|verify} messages.
             * @param message LogHeader message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: faultline.v1.LogHeader.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a LogHeader message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {faultline.v1.LogHeader & faultline.v1.LogHeader.$Shape} LogHeader
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): faultline.v1.LogHeader & faultline.v1.LogHeader.$Shape;

            /**
             * Decodes a LogHeader message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {faultline.v1.LogHeader & faultline.v1.LogHeader.$Shape} LogHeader
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): faultline.v1.LogHeader & faultline.v1.LogHeader.$Shape;
        }

        namespace LogHeader {

            /** Properties of a LogHeader. */
            interface $Properties {

                /** LogHeader formatVersion */
                formatVersion?: (number|null);

                /** LogHeader runId */
                runId?: (string|null);

                /** LogHeader scenario */
                scenario?: (string|null);

                /** LogHeader seed */
                seed?: (number|null);

                /** LogHeader createdBy */
                createdBy?: (string|null);

                /** LogHeader scenarioJson */
                scenarioJson?: (string|null);

                /** LogHeader policy */
                policy?: (string|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a LogHeader. */
            type $Shape = faultline.v1.LogHeader.$Properties;
        }

        /**
         * Properties of a LogRecord.
         * @deprecated Use faultline.v1.LogRecord.$Properties instead.
         */
        interface ILogRecord extends faultline.v1.LogRecord.$Properties {
        }

        /** Represents a LogRecord. */
        class LogRecord {

            /**
             * Constructs a new LogRecord.
             * @param [properties] Properties to set
             */
            constructor(properties?: faultline.v1.LogRecord.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** LogRecord seq. */
            seq: number;

            /** LogRecord timeUs. */
            timeUs: number;

            /** LogRecord block. */
            block?: (faultline.v1.CommittedBlock.$Properties|null);

            /** LogRecord event. */
            event?: (faultline.v1.VenueEvent.$Properties|null);

            /** LogRecord stateHash. */
            stateHash?: (faultline.v1.StateHash.$Properties|null);

            /** LogRecord fault. */
            fault?: (faultline.v1.FaultCommand.$Properties|null);

            /** LogRecord note. */
            note?: (string|null);

            /** LogRecord externalPrice. */
            externalPrice?: (faultline.v1.ExternalPriceTick.$Properties|null);

            /** LogRecord hedger. */
            hedger?: (faultline.v1.HedgerSnapshot.$Properties|null);

            /** LogRecord validator. */
            validator?: (faultline.v1.ValidatorProgress.$Properties|null);

            /** LogRecord lifecycle. */
            lifecycle?: (faultline.v1.ActorLifecycle.$Properties|null);

            /** LogRecord body. */
            body?: ("block"|"event"|"stateHash"|"fault"|"note"|"externalPrice"|"hedger"|"validator"|"lifecycle");

            /**
             * Creates a new LogRecord instance using the specified properties.
             * @param [properties] Properties to set
             * @returns LogRecord instance
             */
            static create(properties: faultline.v1.LogRecord.$Shape): faultline.v1.LogRecord & faultline.v1.LogRecord.$Shape;
            static create(properties?: faultline.v1.LogRecord.$Properties): faultline.v1.LogRecord;

            /**
             * Encodes the specified LogRecord message. Does not implicitly {@link faultline.v1.LogRecord.verify|verify} messages.
             * @param message LogRecord message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: faultline.v1.LogRecord.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified LogRecord message, length delimited. Does not implicitly {@link faultline.v1.LogRecord.verify|verify} messages.
             * @param message LogRecord message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: faultline.v1.LogRecord.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a LogRecord message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {faultline.v1.LogRecord & faultline.v1.LogRecord.$Shape} LogRecord
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): faultline.v1.LogRecord & faultline.v1.LogRecord.$Shape;

            /**
             * Decodes a LogRecord message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {faultline.v1.LogRecord & faultline.v1.LogRecord.$Shape} LogRecord
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): faultline.v1.LogRecord & faultline.v1.LogRecord.$Shape;
        }

        namespace LogRecord {

            /** Properties of a LogRecord. */
            interface $Properties {

                /** LogRecord seq */
                seq?: (number|null);

                /** LogRecord timeUs */
                timeUs?: (number|null);

                /** LogRecord block */
                block?: (faultline.v1.CommittedBlock.$Properties|null);

                /** LogRecord event */
                event?: (faultline.v1.VenueEvent.$Properties|null);

                /** LogRecord stateHash */
                stateHash?: (faultline.v1.StateHash.$Properties|null);

                /** LogRecord fault */
                fault?: (faultline.v1.FaultCommand.$Properties|null);

                /** LogRecord note */
                note?: (string|null);

                /** LogRecord externalPrice */
                externalPrice?: (faultline.v1.ExternalPriceTick.$Properties|null);

                /** LogRecord hedger */
                hedger?: (faultline.v1.HedgerSnapshot.$Properties|null);

                /** LogRecord validator */
                validator?: (faultline.v1.ValidatorProgress.$Properties|null);

                /** LogRecord lifecycle */
                lifecycle?: (faultline.v1.ActorLifecycle.$Properties|null);

                /** LogRecord body */
                body?: ("block"|"event"|"stateHash"|"fault"|"note"|"externalPrice"|"hedger"|"validator"|"lifecycle");

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Narrowed shape of a LogRecord. */
            type $Shape = {
              seq?: number|null;
              timeUs?: number|null;
              block?: faultline.v1.CommittedBlock.$Shape|null;
              event?: faultline.v1.VenueEvent.$Shape|null;
              stateHash?: faultline.v1.StateHash.$Shape|null;
              fault?: faultline.v1.FaultCommand.$Shape|null;
              note?: string|null;
              externalPrice?: faultline.v1.ExternalPriceTick.$Shape|null;
              hedger?: faultline.v1.HedgerSnapshot.$Shape|null;
              validator?: faultline.v1.ValidatorProgress.$Shape|null;
              lifecycle?: faultline.v1.ActorLifecycle.$Shape|null;
              $unknowns?: Uint8Array[];
            } & (
              ({ body?: undefined; block?: null; event?: null; stateHash?: null; fault?: null; note?: null; externalPrice?: null; hedger?: null; validator?: null; lifecycle?: null }|{ body?: "block"; block: faultline.v1.CommittedBlock.$Shape; event?: null; stateHash?: null; fault?: null; note?: null; externalPrice?: null; hedger?: null; validator?: null; lifecycle?: null }|{ body?: "event"; block?: null; event: faultline.v1.VenueEvent.$Shape; stateHash?: null; fault?: null; note?: null; externalPrice?: null; hedger?: null; validator?: null; lifecycle?: null }|{ body?: "stateHash"; block?: null; event?: null; stateHash: faultline.v1.StateHash.$Shape; fault?: null; note?: null; externalPrice?: null; hedger?: null; validator?: null; lifecycle?: null }|{ body?: "fault"; block?: null; event?: null; stateHash?: null; fault: faultline.v1.FaultCommand.$Shape; note?: null; externalPrice?: null; hedger?: null; validator?: null; lifecycle?: null }|{ body?: "note"; block?: null; event?: null; stateHash?: null; fault?: null; note: string; externalPrice?: null; hedger?: null; validator?: null; lifecycle?: null }|{ body?: "externalPrice"; block?: null; event?: null; stateHash?: null; fault?: null; note?: null; externalPrice: faultline.v1.ExternalPriceTick.$Shape; hedger?: null; validator?: null; lifecycle?: null }|{ body?: "hedger"; block?: null; event?: null; stateHash?: null; fault?: null; note?: null; externalPrice?: null; hedger: faultline.v1.HedgerSnapshot.$Shape; validator?: null; lifecycle?: null }|{ body?: "validator"; block?: null; event?: null; stateHash?: null; fault?: null; note?: null; externalPrice?: null; hedger?: null; validator: faultline.v1.ValidatorProgress.$Shape; lifecycle?: null }|{ body?: "lifecycle"; block?: null; event?: null; stateHash?: null; fault?: null; note?: null; externalPrice?: null; hedger?: null; validator?: null; lifecycle: faultline.v1.ActorLifecycle.$Shape })
            );
        }

        /**
         * Properties of a HedgerSnapshot.
         * @deprecated Use faultline.v1.HedgerSnapshot.$Properties instead.
         */
        interface IHedgerSnapshot extends faultline.v1.HedgerSnapshot.$Properties {
        }

        /** Represents a HedgerSnapshot. */
        class HedgerSnapshot {

            /**
             * Constructs a new HedgerSnapshot.
             * @param [properties] Properties to set
             */
            constructor(properties?: faultline.v1.HedgerSnapshot.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** HedgerSnapshot hedgerId. */
            hedgerId: string;

            /** HedgerSnapshot state. */
            state: string;

            /** HedgerSnapshot venuePositionLots. */
            venuePositionLots: number;

            /** HedgerSnapshot externalPositionLots. */
            externalPositionLots: number;

            /** HedgerSnapshot deltaLots. */
            deltaLots: number;

            /** HedgerSnapshot venuePnl. */
            venuePnl: number;

            /** HedgerSnapshot externalPnl. */
            externalPnl: number;

            /** HedgerSnapshot basisPnl. */
            basisPnl: number;

            /** HedgerSnapshot pnlUnknown. */
            pnlUnknown: boolean;

            /**
             * Creates a new HedgerSnapshot instance using the specified properties.
             * @param [properties] Properties to set
             * @returns HedgerSnapshot instance
             */
            static create(properties: faultline.v1.HedgerSnapshot.$Shape): faultline.v1.HedgerSnapshot & faultline.v1.HedgerSnapshot.$Shape;
            static create(properties?: faultline.v1.HedgerSnapshot.$Properties): faultline.v1.HedgerSnapshot;

            /**
             * Encodes the specified HedgerSnapshot message. Does not implicitly {@link faultline.v1.HedgerSnapshot.verify|verify} messages.
             * @param message HedgerSnapshot message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: faultline.v1.HedgerSnapshot.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified HedgerSnapshot message, length delimited. Does not implicitly {@link faultline.v1.HedgerSnapshot.verify|verify} messages.
             * @param message HedgerSnapshot message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: faultline.v1.HedgerSnapshot.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a HedgerSnapshot message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {faultline.v1.HedgerSnapshot & faultline.v1.HedgerSnapshot.$Shape} HedgerSnapshot
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): faultline.v1.HedgerSnapshot & faultline.v1.HedgerSnapshot.$Shape;

            /**
             * Decodes a HedgerSnapshot message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {faultline.v1.HedgerSnapshot & faultline.v1.HedgerSnapshot.$Shape} HedgerSnapshot
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): faultline.v1.HedgerSnapshot & faultline.v1.HedgerSnapshot.$Shape;
        }

        namespace HedgerSnapshot {

            /** Properties of a HedgerSnapshot. */
            interface $Properties {

                /** HedgerSnapshot hedgerId */
                hedgerId?: (string|null);

                /** HedgerSnapshot state */
                state?: (string|null);

                /** HedgerSnapshot venuePositionLots */
                venuePositionLots?: (number|null);

                /** HedgerSnapshot externalPositionLots */
                externalPositionLots?: (number|null);

                /** HedgerSnapshot deltaLots */
                deltaLots?: (number|null);

                /** HedgerSnapshot venuePnl */
                venuePnl?: (number|null);

                /** HedgerSnapshot externalPnl */
                externalPnl?: (number|null);

                /** HedgerSnapshot basisPnl */
                basisPnl?: (number|null);

                /** HedgerSnapshot pnlUnknown */
                pnlUnknown?: (boolean|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a HedgerSnapshot. */
            type $Shape = faultline.v1.HedgerSnapshot.$Properties;
        }

        /**
         * Properties of a ValidatorProgress.
         * @deprecated Use faultline.v1.ValidatorProgress.$Properties instead.
         */
        interface IValidatorProgress extends faultline.v1.ValidatorProgress.$Properties {
        }

        /** Represents a ValidatorProgress. */
        class ValidatorProgress {

            /**
             * Constructs a new ValidatorProgress.
             * @param [properties] Properties to set
             */
            constructor(properties?: faultline.v1.ValidatorProgress.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** ValidatorProgress validatorId. */
            validatorId: string;

            /** ValidatorProgress height. */
            height: number;

            /** ValidatorProgress round. */
            round: number;

            /** ValidatorProgress blockTimeUs. */
            blockTimeUs: number;

            /**
             * Creates a new ValidatorProgress instance using the specified properties.
             * @param [properties] Properties to set
             * @returns ValidatorProgress instance
             */
            static create(properties: faultline.v1.ValidatorProgress.$Shape): faultline.v1.ValidatorProgress & faultline.v1.ValidatorProgress.$Shape;
            static create(properties?: faultline.v1.ValidatorProgress.$Properties): faultline.v1.ValidatorProgress;

            /**
             * Encodes the specified ValidatorProgress message. Does not implicitly {@link faultline.v1.ValidatorProgress.verify|verify} messages.
             * @param message ValidatorProgress message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: faultline.v1.ValidatorProgress.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified ValidatorProgress message, length delimited. Does not implicitly {@link faultline.v1.ValidatorProgress.verify|verify} messages.
             * @param message ValidatorProgress message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: faultline.v1.ValidatorProgress.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a ValidatorProgress message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {faultline.v1.ValidatorProgress & faultline.v1.ValidatorProgress.$Shape} ValidatorProgress
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): faultline.v1.ValidatorProgress & faultline.v1.ValidatorProgress.$Shape;

            /**
             * Decodes a ValidatorProgress message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {faultline.v1.ValidatorProgress & faultline.v1.ValidatorProgress.$Shape} ValidatorProgress
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): faultline.v1.ValidatorProgress & faultline.v1.ValidatorProgress.$Shape;
        }

        namespace ValidatorProgress {

            /** Properties of a ValidatorProgress. */
            interface $Properties {

                /** ValidatorProgress validatorId */
                validatorId?: (string|null);

                /** ValidatorProgress height */
                height?: (number|null);

                /** ValidatorProgress round */
                round?: (number|null);

                /** ValidatorProgress blockTimeUs */
                blockTimeUs?: (number|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a ValidatorProgress. */
            type $Shape = faultline.v1.ValidatorProgress.$Properties;
        }

        /**
         * Properties of an ActorLifecycle.
         * @deprecated Use faultline.v1.ActorLifecycle.$Properties instead.
         */
        interface IActorLifecycle extends faultline.v1.ActorLifecycle.$Properties {
        }

        /** Represents an ActorLifecycle. */
        class ActorLifecycle {

            /**
             * Constructs a new ActorLifecycle.
             * @param [properties] Properties to set
             */
            constructor(properties?: faultline.v1.ActorLifecycle.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** ActorLifecycle actorId. */
            actorId: string;

            /** ActorLifecycle change. */
            change: string;

            /**
             * Creates a new ActorLifecycle instance using the specified properties.
             * @param [properties] Properties to set
             * @returns ActorLifecycle instance
             */
            static create(properties: faultline.v1.ActorLifecycle.$Shape): faultline.v1.ActorLifecycle & faultline.v1.ActorLifecycle.$Shape;
            static create(properties?: faultline.v1.ActorLifecycle.$Properties): faultline.v1.ActorLifecycle;

            /**
             * Encodes the specified ActorLifecycle message. Does not implicitly {@link faultline.v1.ActorLifecycle.verify|verify} messages.
             * @param message ActorLifecycle message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: faultline.v1.ActorLifecycle.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified ActorLifecycle message, length delimited. Does not implicitly {@link faultline.v1.ActorLifecycle.verify|verify} messages.
             * @param message ActorLifecycle message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: faultline.v1.ActorLifecycle.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes an ActorLifecycle message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {faultline.v1.ActorLifecycle & faultline.v1.ActorLifecycle.$Shape} ActorLifecycle
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): faultline.v1.ActorLifecycle & faultline.v1.ActorLifecycle.$Shape;

            /**
             * Decodes an ActorLifecycle message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {faultline.v1.ActorLifecycle & faultline.v1.ActorLifecycle.$Shape} ActorLifecycle
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): faultline.v1.ActorLifecycle & faultline.v1.ActorLifecycle.$Shape;
        }

        namespace ActorLifecycle {

            /** Properties of an ActorLifecycle. */
            interface $Properties {

                /** ActorLifecycle actorId */
                actorId?: (string|null);

                /** ActorLifecycle change */
                change?: (string|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of an ActorLifecycle. */
            type $Shape = faultline.v1.ActorLifecycle.$Properties;
        }

        /**
         * Properties of a VenueSnapshot.
         * @deprecated Use faultline.v1.VenueSnapshot.$Properties instead.
         */
        interface IVenueSnapshot extends faultline.v1.VenueSnapshot.$Properties {
        }

        /** Represents a VenueSnapshot. */
        class VenueSnapshot {

            /**
             * Constructs a new VenueSnapshot.
             * @param [properties] Properties to set
             */
            constructor(properties?: faultline.v1.VenueSnapshot.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** VenueSnapshot version. */
            version: number;

            /** VenueSnapshot height. */
            height: number;

            /** VenueSnapshot blockTimeUs. */
            blockTimeUs: number;

            /** VenueSnapshot nextOrderId. */
            nextOrderId: number;

            /** VenueSnapshot nextFillId. */
            nextFillId: number;

            /** VenueSnapshot insuranceFund. */
            insuranceFund: number;

            /** VenueSnapshot feesCollected. */
            feesCollected: number;

            /** VenueSnapshot totalDeposits. */
            totalDeposits: number;

            /** VenueSnapshot totalWithdrawals. */
            totalWithdrawals: number;

            /** VenueSnapshot accounts. */
            accounts: faultline.v1.AccountState.$Properties[];

            /** VenueSnapshot markets. */
            markets: faultline.v1.MarketRuntime.$Properties[];

            /** VenueSnapshot oracleReports. */
            oracleReports: faultline.v1.OracleReportState.$Properties[];

            /** VenueSnapshot nonces. */
            nonces: faultline.v1.NonceWindow.$Properties[];

            /** VenueSnapshot configHash. */
            configHash: Uint8Array;

            /** VenueSnapshot prevBlockTimeUs. */
            prevBlockTimeUs: number;

            /** VenueSnapshot badDebtTotal. */
            badDebtTotal: number;

            /**
             * Creates a new VenueSnapshot instance using the specified properties.
             * @param [properties] Properties to set
             * @returns VenueSnapshot instance
             */
            static create(properties: faultline.v1.VenueSnapshot.$Shape): faultline.v1.VenueSnapshot & faultline.v1.VenueSnapshot.$Shape;
            static create(properties?: faultline.v1.VenueSnapshot.$Properties): faultline.v1.VenueSnapshot;

            /**
             * Encodes the specified VenueSnapshot message. Does not implicitly {@link faultline.v1.VenueSnapshot.verify|verify} messages.
             * @param message VenueSnapshot message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: faultline.v1.VenueSnapshot.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified VenueSnapshot message, length delimited. Does not implicitly {@link faultline.v1.VenueSnapshot.verify|verify} messages.
             * @param message VenueSnapshot message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: faultline.v1.VenueSnapshot.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a VenueSnapshot message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {faultline.v1.VenueSnapshot & faultline.v1.VenueSnapshot.$Shape} VenueSnapshot
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): faultline.v1.VenueSnapshot & faultline.v1.VenueSnapshot.$Shape;

            /**
             * Decodes a VenueSnapshot message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {faultline.v1.VenueSnapshot & faultline.v1.VenueSnapshot.$Shape} VenueSnapshot
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): faultline.v1.VenueSnapshot & faultline.v1.VenueSnapshot.$Shape;
        }

        namespace VenueSnapshot {

            /** Properties of a VenueSnapshot. */
            interface $Properties {

                /** VenueSnapshot version */
                version?: (number|null);

                /** VenueSnapshot height */
                height?: (number|null);

                /** VenueSnapshot blockTimeUs */
                blockTimeUs?: (number|null);

                /** VenueSnapshot nextOrderId */
                nextOrderId?: (number|null);

                /** VenueSnapshot nextFillId */
                nextFillId?: (number|null);

                /** VenueSnapshot insuranceFund */
                insuranceFund?: (number|null);

                /** VenueSnapshot feesCollected */
                feesCollected?: (number|null);

                /** VenueSnapshot totalDeposits */
                totalDeposits?: (number|null);

                /** VenueSnapshot totalWithdrawals */
                totalWithdrawals?: (number|null);

                /** VenueSnapshot accounts */
                accounts?: (faultline.v1.AccountState.$Properties[]|null);

                /** VenueSnapshot markets */
                markets?: (faultline.v1.MarketRuntime.$Properties[]|null);

                /** VenueSnapshot oracleReports */
                oracleReports?: (faultline.v1.OracleReportState.$Properties[]|null);

                /** VenueSnapshot nonces */
                nonces?: (faultline.v1.NonceWindow.$Properties[]|null);

                /** VenueSnapshot configHash */
                configHash?: (Uint8Array|null);

                /** VenueSnapshot prevBlockTimeUs */
                prevBlockTimeUs?: (number|null);

                /** VenueSnapshot badDebtTotal */
                badDebtTotal?: (number|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a VenueSnapshot. */
            type $Shape = faultline.v1.VenueSnapshot.$Properties;
        }

        /**
         * Properties of an AccountState.
         * @deprecated Use faultline.v1.AccountState.$Properties instead.
         */
        interface IAccountState extends faultline.v1.AccountState.$Properties {
        }

        /** Represents an AccountState. */
        class AccountState {

            /**
             * Constructs a new AccountState.
             * @param [properties] Properties to set
             */
            constructor(properties?: faultline.v1.AccountState.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** AccountState accountId. */
            accountId: string;

            /** AccountState collateral. */
            collateral: number;

            /** AccountState positions. */
            positions: faultline.v1.PositionState.$Properties[];

            /**
             * Creates a new AccountState instance using the specified properties.
             * @param [properties] Properties to set
             * @returns AccountState instance
             */
            static create(properties: faultline.v1.AccountState.$Shape): faultline.v1.AccountState & faultline.v1.AccountState.$Shape;
            static create(properties?: faultline.v1.AccountState.$Properties): faultline.v1.AccountState;

            /**
             * Encodes the specified AccountState message. Does not implicitly {@link faultline.v1.AccountState.verify|verify} messages.
             * @param message AccountState message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: faultline.v1.AccountState.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified AccountState message, length delimited. Does not implicitly {@link faultline.v1.AccountState.verify|verify} messages.
             * @param message AccountState message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: faultline.v1.AccountState.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes an AccountState message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {faultline.v1.AccountState & faultline.v1.AccountState.$Shape} AccountState
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): faultline.v1.AccountState & faultline.v1.AccountState.$Shape;

            /**
             * Decodes an AccountState message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {faultline.v1.AccountState & faultline.v1.AccountState.$Shape} AccountState
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): faultline.v1.AccountState & faultline.v1.AccountState.$Shape;
        }

        namespace AccountState {

            /** Properties of an AccountState. */
            interface $Properties {

                /** AccountState accountId */
                accountId?: (string|null);

                /** AccountState collateral */
                collateral?: (number|null);

                /** AccountState positions */
                positions?: (faultline.v1.PositionState.$Properties[]|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of an AccountState. */
            type $Shape = faultline.v1.AccountState.$Properties;
        }

        /**
         * Properties of a PositionState.
         * @deprecated Use faultline.v1.PositionState.$Properties instead.
         */
        interface IPositionState extends faultline.v1.PositionState.$Properties {
        }

        /** Represents a PositionState. */
        class PositionState {

            /**
             * Constructs a new PositionState.
             * @param [properties] Properties to set
             */
            constructor(properties?: faultline.v1.PositionState.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** PositionState marketId. */
            marketId: number;

            /** PositionState sizeLots. */
            sizeLots: number;

            /** PositionState costQuote. */
            costQuote: number;

            /** PositionState realizedPnl. */
            realizedPnl: number;

            /** PositionState fundingPaid. */
            fundingPaid: number;

            /** PositionState feesPaid. */
            feesPaid: number;

            /**
             * Creates a new PositionState instance using the specified properties.
             * @param [properties] Properties to set
             * @returns PositionState instance
             */
            static create(properties: faultline.v1.PositionState.$Shape): faultline.v1.PositionState & faultline.v1.PositionState.$Shape;
            static create(properties?: faultline.v1.PositionState.$Properties): faultline.v1.PositionState;

            /**
             * Encodes the specified PositionState message. Does not implicitly {@link faultline.v1.PositionState.verify|verify} messages.
             * @param message PositionState message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: faultline.v1.PositionState.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified PositionState message, length delimited. Does not implicitly {@link faultline.v1.PositionState.verify|verify} messages.
             * @param message PositionState message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: faultline.v1.PositionState.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a PositionState message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {faultline.v1.PositionState & faultline.v1.PositionState.$Shape} PositionState
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): faultline.v1.PositionState & faultline.v1.PositionState.$Shape;

            /**
             * Decodes a PositionState message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {faultline.v1.PositionState & faultline.v1.PositionState.$Shape} PositionState
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): faultline.v1.PositionState & faultline.v1.PositionState.$Shape;
        }

        namespace PositionState {

            /** Properties of a PositionState. */
            interface $Properties {

                /** PositionState marketId */
                marketId?: (number|null);

                /** PositionState sizeLots */
                sizeLots?: (number|null);

                /** PositionState costQuote */
                costQuote?: (number|null);

                /** PositionState realizedPnl */
                realizedPnl?: (number|null);

                /** PositionState fundingPaid */
                fundingPaid?: (number|null);

                /** PositionState feesPaid */
                feesPaid?: (number|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a PositionState. */
            type $Shape = faultline.v1.PositionState.$Properties;
        }

        /**
         * Properties of a RestingOrderState.
         * @deprecated Use faultline.v1.RestingOrderState.$Properties instead.
         */
        interface IRestingOrderState extends faultline.v1.RestingOrderState.$Properties {
        }

        /** Represents a RestingOrderState. */
        class RestingOrderState {

            /**
             * Constructs a new RestingOrderState.
             * @param [properties] Properties to set
             */
            constructor(properties?: faultline.v1.RestingOrderState.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** RestingOrderState orderId. */
            orderId: number;

            /** RestingOrderState accountIndex. */
            accountIndex: number;

            /** RestingOrderState side. */
            side: faultline.v1.Side;

            /** RestingOrderState priceTicks. */
            priceTicks: number;

            /** RestingOrderState sizeLots. */
            sizeLots: number;

            /** RestingOrderState clientOrderId. */
            clientOrderId: number;

            /** RestingOrderState reduceOnly. */
            reduceOnly: boolean;

            /** RestingOrderState timeInForce. */
            timeInForce: faultline.v1.TimeInForce;

            /**
             * Creates a new RestingOrderState instance using the specified properties.
             * @param [properties] Properties to set
             * @returns RestingOrderState instance
             */
            static create(properties: faultline.v1.RestingOrderState.$Shape): faultline.v1.RestingOrderState & faultline.v1.RestingOrderState.$Shape;
            static create(properties?: faultline.v1.RestingOrderState.$Properties): faultline.v1.RestingOrderState;

            /**
             * Encodes the specified RestingOrderState message. Does not implicitly {@link faultline.v1.RestingOrderState.verify|verify} messages.
             * @param message RestingOrderState message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: faultline.v1.RestingOrderState.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified RestingOrderState message, length delimited. Does not implicitly {@link faultline.v1.RestingOrderState.verify|verify} messages.
             * @param message RestingOrderState message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: faultline.v1.RestingOrderState.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a RestingOrderState message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {faultline.v1.RestingOrderState & faultline.v1.RestingOrderState.$Shape} RestingOrderState
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): faultline.v1.RestingOrderState & faultline.v1.RestingOrderState.$Shape;

            /**
             * Decodes a RestingOrderState message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {faultline.v1.RestingOrderState & faultline.v1.RestingOrderState.$Shape} RestingOrderState
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): faultline.v1.RestingOrderState & faultline.v1.RestingOrderState.$Shape;
        }

        namespace RestingOrderState {

            /** Properties of a RestingOrderState. */
            interface $Properties {

                /** RestingOrderState orderId */
                orderId?: (number|null);

                /** RestingOrderState accountIndex */
                accountIndex?: (number|null);

                /** RestingOrderState side */
                side?: (faultline.v1.Side|null);

                /** RestingOrderState priceTicks */
                priceTicks?: (number|null);

                /** RestingOrderState sizeLots */
                sizeLots?: (number|null);

                /** RestingOrderState clientOrderId */
                clientOrderId?: (number|null);

                /** RestingOrderState reduceOnly */
                reduceOnly?: (boolean|null);

                /** RestingOrderState timeInForce */
                timeInForce?: (faultline.v1.TimeInForce|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a RestingOrderState. */
            type $Shape = faultline.v1.RestingOrderState.$Properties;
        }

        /**
         * Properties of a QuoteSlot.
         * @deprecated Use faultline.v1.QuoteSlot.$Properties instead.
         */
        interface IQuoteSlot extends faultline.v1.QuoteSlot.$Properties {
        }

        /** Represents a QuoteSlot. */
        class QuoteSlot {

            /**
             * Constructs a new QuoteSlot.
             * @param [properties] Properties to set
             */
            constructor(properties?: faultline.v1.QuoteSlot.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** QuoteSlot accountIndex. */
            accountIndex: number;

            /** QuoteSlot bidOrderId. */
            bidOrderId: number;

            /** QuoteSlot askOrderId. */
            askOrderId: number;

            /**
             * Creates a new QuoteSlot instance using the specified properties.
             * @param [properties] Properties to set
             * @returns QuoteSlot instance
             */
            static create(properties: faultline.v1.QuoteSlot.$Shape): faultline.v1.QuoteSlot & faultline.v1.QuoteSlot.$Shape;
            static create(properties?: faultline.v1.QuoteSlot.$Properties): faultline.v1.QuoteSlot;

            /**
             * Encodes the specified QuoteSlot message. Does not implicitly {@link faultline.v1.QuoteSlot.verify|verify} messages.
             * @param message QuoteSlot message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: faultline.v1.QuoteSlot.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified QuoteSlot message, length delimited. Does not implicitly {@link faultline.v1.QuoteSlot.verify|verify} messages.
             * @param message QuoteSlot message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: faultline.v1.QuoteSlot.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a QuoteSlot message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {faultline.v1.QuoteSlot & faultline.v1.QuoteSlot.$Shape} QuoteSlot
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): faultline.v1.QuoteSlot & faultline.v1.QuoteSlot.$Shape;

            /**
             * Decodes a QuoteSlot message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {faultline.v1.QuoteSlot & faultline.v1.QuoteSlot.$Shape} QuoteSlot
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): faultline.v1.QuoteSlot & faultline.v1.QuoteSlot.$Shape;
        }

        namespace QuoteSlot {

            /** Properties of a QuoteSlot. */
            interface $Properties {

                /** QuoteSlot accountIndex */
                accountIndex?: (number|null);

                /** QuoteSlot bidOrderId */
                bidOrderId?: (number|null);

                /** QuoteSlot askOrderId */
                askOrderId?: (number|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a QuoteSlot. */
            type $Shape = faultline.v1.QuoteSlot.$Properties;
        }

        /**
         * Properties of a MarketRuntime.
         * @deprecated Use faultline.v1.MarketRuntime.$Properties instead.
         */
        interface IMarketRuntime extends faultline.v1.MarketRuntime.$Properties {
        }

        /** Represents a MarketRuntime. */
        class MarketRuntime {

            /**
             * Constructs a new MarketRuntime.
             * @param [properties] Properties to set
             */
            constructor(properties?: faultline.v1.MarketRuntime.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** MarketRuntime marketId. */
            marketId: number;

            /** MarketRuntime state. */
            state: faultline.v1.MarketState;

            /** MarketRuntime reason. */
            reason: string;

            /** MarketRuntime stateUntilUs. */
            stateUntilUs: number;

            /** MarketRuntime graceUntilUs. */
            graceUntilUs: number;

            /** MarketRuntime oracleTicks. */
            oracleTicks: number;

            /** MarketRuntime oracleStale. */
            oracleStale: boolean;

            /** MarketRuntime markTicks. */
            markTicks: number;

            /** MarketRuntime basisEmaTicksE6. */
            basisEmaTicksE6: number;

            /** MarketRuntime lastTradeTicks. */
            lastTradeTicks: number;

            /** MarketRuntime lastFundingUs. */
            lastFundingUs: number;

            /** MarketRuntime bandReferenceTicks. */
            bandReferenceTicks: number;

            /** MarketRuntime book. */
            book: faultline.v1.RestingOrderState.$Properties[];

            /** MarketRuntime auctionQueue. */
            auctionQueue: faultline.v1.RestingOrderState.$Properties[];

            /** MarketRuntime quotes. */
            quotes: faultline.v1.QuoteSlot.$Properties[];

            /** MarketRuntime haltedSinceUs. */
            haltedSinceUs: number;

            /**
             * Creates a new MarketRuntime instance using the specified properties.
             * @param [properties] Properties to set
             * @returns MarketRuntime instance
             */
            static create(properties: faultline.v1.MarketRuntime.$Shape): faultline.v1.MarketRuntime & faultline.v1.MarketRuntime.$Shape;
            static create(properties?: faultline.v1.MarketRuntime.$Properties): faultline.v1.MarketRuntime;

            /**
             * Encodes the specified MarketRuntime message. Does not implicitly {@link faultline.v1.MarketRuntime.verify|verify} messages.
             * @param message MarketRuntime message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: faultline.v1.MarketRuntime.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified MarketRuntime message, length delimited. Does not implicitly {@link faultline.v1.MarketRuntime.verify|verify} messages.
             * @param message MarketRuntime message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: faultline.v1.MarketRuntime.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a MarketRuntime message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {faultline.v1.MarketRuntime & faultline.v1.MarketRuntime.$Shape} MarketRuntime
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): faultline.v1.MarketRuntime & faultline.v1.MarketRuntime.$Shape;

            /**
             * Decodes a MarketRuntime message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {faultline.v1.MarketRuntime & faultline.v1.MarketRuntime.$Shape} MarketRuntime
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): faultline.v1.MarketRuntime & faultline.v1.MarketRuntime.$Shape;
        }

        namespace MarketRuntime {

            /** Properties of a MarketRuntime. */
            interface $Properties {

                /** MarketRuntime marketId */
                marketId?: (number|null);

                /** MarketRuntime state */
                state?: (faultline.v1.MarketState|null);

                /** MarketRuntime reason */
                reason?: (string|null);

                /** MarketRuntime stateUntilUs */
                stateUntilUs?: (number|null);

                /** MarketRuntime graceUntilUs */
                graceUntilUs?: (number|null);

                /** MarketRuntime oracleTicks */
                oracleTicks?: (number|null);

                /** MarketRuntime oracleStale */
                oracleStale?: (boolean|null);

                /** MarketRuntime markTicks */
                markTicks?: (number|null);

                /** MarketRuntime basisEmaTicksE6 */
                basisEmaTicksE6?: (number|null);

                /** MarketRuntime lastTradeTicks */
                lastTradeTicks?: (number|null);

                /** MarketRuntime lastFundingUs */
                lastFundingUs?: (number|null);

                /** MarketRuntime bandReferenceTicks */
                bandReferenceTicks?: (number|null);

                /** MarketRuntime book */
                book?: (faultline.v1.RestingOrderState.$Properties[]|null);

                /** MarketRuntime auctionQueue */
                auctionQueue?: (faultline.v1.RestingOrderState.$Properties[]|null);

                /** MarketRuntime quotes */
                quotes?: (faultline.v1.QuoteSlot.$Properties[]|null);

                /** MarketRuntime haltedSinceUs */
                haltedSinceUs?: (number|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a MarketRuntime. */
            type $Shape = faultline.v1.MarketRuntime.$Properties;
        }

        /**
         * Properties of an OracleReportState.
         * @deprecated Use faultline.v1.OracleReportState.$Properties instead.
         */
        interface IOracleReportState extends faultline.v1.OracleReportState.$Properties {
        }

        /** Represents an OracleReportState. */
        class OracleReportState {

            /**
             * Constructs a new OracleReportState.
             * @param [properties] Properties to set
             */
            constructor(properties?: faultline.v1.OracleReportState.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** OracleReportState oracleId. */
            oracleId: string;

            /** OracleReportState marketId. */
            marketId: number;

            /** OracleReportState priceTicks. */
            priceTicks: number;

            /** OracleReportState observedAtUs. */
            observedAtUs: number;

            /** OracleReportState reportSeq. */
            reportSeq: number;

            /**
             * Creates a new OracleReportState instance using the specified properties.
             * @param [properties] Properties to set
             * @returns OracleReportState instance
             */
            static create(properties: faultline.v1.OracleReportState.$Shape): faultline.v1.OracleReportState & faultline.v1.OracleReportState.$Shape;
            static create(properties?: faultline.v1.OracleReportState.$Properties): faultline.v1.OracleReportState;

            /**
             * Encodes the specified OracleReportState message. Does not implicitly {@link faultline.v1.OracleReportState.verify|verify} messages.
             * @param message OracleReportState message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: faultline.v1.OracleReportState.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified OracleReportState message, length delimited. Does not implicitly {@link faultline.v1.OracleReportState.verify|verify} messages.
             * @param message OracleReportState message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: faultline.v1.OracleReportState.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes an OracleReportState message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {faultline.v1.OracleReportState & faultline.v1.OracleReportState.$Shape} OracleReportState
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): faultline.v1.OracleReportState & faultline.v1.OracleReportState.$Shape;

            /**
             * Decodes an OracleReportState message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {faultline.v1.OracleReportState & faultline.v1.OracleReportState.$Shape} OracleReportState
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): faultline.v1.OracleReportState & faultline.v1.OracleReportState.$Shape;
        }

        namespace OracleReportState {

            /** Properties of an OracleReportState. */
            interface $Properties {

                /** OracleReportState oracleId */
                oracleId?: (string|null);

                /** OracleReportState marketId */
                marketId?: (number|null);

                /** OracleReportState priceTicks */
                priceTicks?: (number|null);

                /** OracleReportState observedAtUs */
                observedAtUs?: (number|null);

                /** OracleReportState reportSeq */
                reportSeq?: (number|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of an OracleReportState. */
            type $Shape = faultline.v1.OracleReportState.$Properties;
        }

        /**
         * Properties of a NonceWindow.
         * @deprecated Use faultline.v1.NonceWindow.$Properties instead.
         */
        interface INonceWindow extends faultline.v1.NonceWindow.$Properties {
        }

        /** Represents a NonceWindow. */
        class NonceWindow {

            /**
             * Constructs a new NonceWindow.
             * @param [properties] Properties to set
             */
            constructor(properties?: faultline.v1.NonceWindow.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** NonceWindow clientId. */
            clientId: string;

            /** NonceWindow floor. */
            floor: number;

            /** NonceWindow seen. */
            seen: number[];

            /**
             * Creates a new NonceWindow instance using the specified properties.
             * @param [properties] Properties to set
             * @returns NonceWindow instance
             */
            static create(properties: faultline.v1.NonceWindow.$Shape): faultline.v1.NonceWindow & faultline.v1.NonceWindow.$Shape;
            static create(properties?: faultline.v1.NonceWindow.$Properties): faultline.v1.NonceWindow;

            /**
             * Encodes the specified NonceWindow message. Does not implicitly {@link faultline.v1.NonceWindow.verify|verify} messages.
             * @param message NonceWindow message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: faultline.v1.NonceWindow.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified NonceWindow message, length delimited. Does not implicitly {@link faultline.v1.NonceWindow.verify|verify} messages.
             * @param message NonceWindow message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: faultline.v1.NonceWindow.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a NonceWindow message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {faultline.v1.NonceWindow & faultline.v1.NonceWindow.$Shape} NonceWindow
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): faultline.v1.NonceWindow & faultline.v1.NonceWindow.$Shape;

            /**
             * Decodes a NonceWindow message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {faultline.v1.NonceWindow & faultline.v1.NonceWindow.$Shape} NonceWindow
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): faultline.v1.NonceWindow & faultline.v1.NonceWindow.$Shape;
        }

        namespace NonceWindow {

            /** Properties of a NonceWindow. */
            interface $Properties {

                /** NonceWindow clientId */
                clientId?: (string|null);

                /** NonceWindow floor */
                floor?: (number|null);

                /** NonceWindow seen */
                seen?: (number[]|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a NonceWindow. */
            type $Shape = faultline.v1.NonceWindow.$Properties;
        }
    }
}

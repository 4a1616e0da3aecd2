/*eslint-disable block-scoped-var, id-length, no-control-regex, no-magic-numbers, no-mixed-operators, no-prototype-builtins, no-redeclare, no-shadow, no-var, sort-vars, default-case, jsdoc/require-param*/
import $protobuf from "protobufjs/minimal.js";

// Faultline: 64-bit integers decode as JS numbers, never Long objects. Must run before the
// message prototypes below read $util.Long for their defaults. Values that are not safe
// integers are rejected by packages/protocol after decoding.
$protobuf.util.Long = undefined;
$protobuf.configure();

// Faultline: 64-bit varints of up to four bytes read without a LongBits (see gen-proto.mjs).
function $readSmallVarint(reader) {
    const buf = reader.buf, pos = reader.pos;
    if (reader.len - pos <= 4) return -1;
    let byte = buf[pos];
    if (byte < 128) { reader.pos = pos + 1; return byte; }
    let value = byte & 127;
    byte = buf[pos + 1]; value |= (byte & 127) << 7;
    if (byte < 128) { reader.pos = pos + 2; return value; }
    byte = buf[pos + 2]; value |= (byte & 127) << 14;
    if (byte < 128) { reader.pos = pos + 3; return value; }
    byte = buf[pos + 3]; value |= (byte & 127) << 21;
    if (byte < 128) { reader.pos = pos + 4; return value; }
    return -1;
}
function $readuint64(reader) {
    const value = $readSmallVarint(reader);
    return value >= 0 ? value : reader.uint64();
}
function $readint64(reader) {
    const value = $readSmallVarint(reader);
    return value >= 0 ? value : reader.int64();
}

// Common aliases
const $Reader = $protobuf.Reader, $Writer = $protobuf.Writer, $util = $protobuf.util;
const $Object = $util.global.Object, $undefined = $util.global.undefined, $Error = $util.global.Error, $RangeError = $util.global.RangeError;

// Exported root namespace
const $root = $protobuf.roots["default"] || ($protobuf.roots["default"] = {});

export const faultline = $root.faultline = (() => {

    /**
     * Namespace faultline.
     * @exports faultline
     * @namespace
     */
    const faultline = {};

    faultline.v1 = (function() {

        /**
         * Namespace v1.
         * @memberof faultline
         * @namespace
         */
        const v1 = {};

        /**
         * VoteType enum.
         * @name faultline.v1.VoteType
         * @enum {number}
         * @property {number} VOTE_TYPE_UNSPECIFIED=0 VOTE_TYPE_UNSPECIFIED value
         * @property {number} VOTE_TYPE_PREVOTE=1 VOTE_TYPE_PREVOTE value
         * @property {number} VOTE_TYPE_PRECOMMIT=2 VOTE_TYPE_PRECOMMIT value
         */
        v1.VoteType = (function() {
            const valuesById = $Object.create(null), values = $Object.create(valuesById);
            values[valuesById[0] = "VOTE_TYPE_UNSPECIFIED"] = 0;
            values[valuesById[1] = "VOTE_TYPE_PREVOTE"] = 1;
            values[valuesById[2] = "VOTE_TYPE_PRECOMMIT"] = 2;
            return values;
        })();

        v1.BlockHeader = (function() {

            /**
             * Properties of a BlockHeader.
             * @typedef {Object} faultline.v1.BlockHeader.$Properties
             * @property {number|null} [height] BlockHeader height
             * @property {number|null} [round] BlockHeader round
             * @property {string|null} [proposerId] BlockHeader proposerId
             * @property {Uint8Array|null} [prevBlockHash] BlockHeader prevBlockHash
             * @property {number|null} [timeUs] BlockHeader timeUs
             * @property {Uint8Array|null} [txsHash] BlockHeader txsHash
             * @property {number|null} [txCount] BlockHeader txCount
             * @property {Uint8Array|null} [lastCommitHash] BlockHeader lastCommitHash
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a BlockHeader.
             * @memberof faultline.v1
             * @interface IBlockHeader
             * @augments faultline.v1.BlockHeader.$Properties
             * @deprecated Use faultline.v1.BlockHeader.$Properties instead.
             */

            /**
             * Shape of a BlockHeader.
             * @typedef {faultline.v1.BlockHeader.$Properties} faultline.v1.BlockHeader.$Shape
             */

            /**
             * Constructs a new BlockHeader.
             * @memberof faultline.v1
             * @classdesc Represents a BlockHeader.
             * @constructor
             * @param {faultline.v1.BlockHeader.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const BlockHeader = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * BlockHeader height.
             * @member {number} height
             * @memberof faultline.v1.BlockHeader
             * @instance
             */
            BlockHeader.prototype.height = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * BlockHeader round.
             * @member {number} round
             * @memberof faultline.v1.BlockHeader
             * @instance
             */
            BlockHeader.prototype.round = 0;

            /**
             * BlockHeader proposerId.
             * @member {string} proposerId
             * @memberof faultline.v1.BlockHeader
             * @instance
             */
            BlockHeader.prototype.proposerId = "";

            /**
             * BlockHeader prevBlockHash.
             * @member {Uint8Array} prevBlockHash
             * @memberof faultline.v1.BlockHeader
             * @instance
             */
            BlockHeader.prototype.prevBlockHash = $util.newBuffer([]);

            /**
             * BlockHeader timeUs.
             * @member {number} timeUs
             * @memberof faultline.v1.BlockHeader
             * @instance
             */
            BlockHeader.prototype.timeUs = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

            /**
             * BlockHeader txsHash.
             * @member {Uint8Array} txsHash
             * @memberof faultline.v1.BlockHeader
             * @instance
             */
            BlockHeader.prototype.txsHash = $util.newBuffer([]);

            /**
             * BlockHeader txCount.
             * @member {number} txCount
             * @memberof faultline.v1.BlockHeader
             * @instance
             */
            BlockHeader.prototype.txCount = 0;

            /**
             * BlockHeader lastCommitHash.
             * @member {Uint8Array} lastCommitHash
             * @memberof faultline.v1.BlockHeader
             * @instance
             */
            BlockHeader.prototype.lastCommitHash = $util.newBuffer([]);

            /**
             * Creates a new BlockHeader instance using the specified properties.
             * @function create
             * @memberof faultline.v1.BlockHeader
             * @static
             * @param {faultline.v1.BlockHeader.$Properties=} [properties] Properties to set
             * @returns {faultline.v1.BlockHeader} BlockHeader instance
             * @type {{
             *   (properties: faultline.v1.BlockHeader.$Shape): faultline.v1.BlockHeader & faultline.v1.BlockHeader.$Shape;
             *   (properties?: faultline.v1.BlockHeader.$Properties): faultline.v1.BlockHeader;
             * }}
             */
            BlockHeader.create = function(properties) {
                return new BlockHeader(properties);
            };

            /**
             * Encodes the specified BlockHeader message. Does not implicitly {@link faultline.v1.BlockHeader.verify|verify} messages.
             * @function encode
             * @memberof faultline.v1.BlockHeader
             * @static
             * @param {faultline.v1.BlockHeader.$Properties} message BlockHeader message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            BlockHeader.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.height != null && $Object.hasOwnProperty.call(message, "height") && (typeof message.height === "object" ? message.height.low || message.height.high : message.height !== 0))
                    writer.uint32(/* id 1, wireType 0 =*/8).uint64(message.height);
                if (message.round != null && $Object.hasOwnProperty.call(message, "round") && message.round !== 0)
                    writer.uint32(/* id 2, wireType 0 =*/16).uint32(message.round);
                if (message.proposerId != null && $Object.hasOwnProperty.call(message, "proposerId") && message.proposerId !== "")
                    writer.uint32(/* id 3, wireType 2 =*/26).string(message.proposerId);
                if (message.prevBlockHash != null && $Object.hasOwnProperty.call(message, "prevBlockHash") && message.prevBlockHash.length)
                    writer.uint32(/* id 4, wireType 2 =*/34).bytes(message.prevBlockHash);
                if (message.timeUs != null && $Object.hasOwnProperty.call(message, "timeUs") && (typeof message.timeUs === "object" ? message.timeUs.low || message.timeUs.high : message.timeUs !== 0))
                    writer.uint32(/* id 5, wireType 0 =*/40).int64(message.timeUs);
                if (message.txsHash != null && $Object.hasOwnProperty.call(message, "txsHash") && message.txsHash.length)
                    writer.uint32(/* id 6, wireType 2 =*/50).bytes(message.txsHash);
                if (message.txCount != null && $Object.hasOwnProperty.call(message, "txCount") && message.txCount !== 0)
                    writer.uint32(/* id 7, wireType 0 =*/56).uint32(message.txCount);
                if (message.lastCommitHash != null && $Object.hasOwnProperty.call(message, "lastCommitHash") && message.lastCommitHash.length)
                    writer.uint32(/* id 8, wireType 2 =*/66).bytes(message.lastCommitHash);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Encodes the specified BlockHeader message, length delimited. Does not implicitly {@link faultline.v1.BlockHeader.verify|verify} messages.
             * @function encodeDelimited
             * @memberof faultline.v1.BlockHeader
             * @static
             * @param {faultline.v1.BlockHeader.$Properties} message BlockHeader message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            BlockHeader.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            /**
             * Decodes a BlockHeader message from the specified reader or buffer.
             * @function decode
             * @memberof faultline.v1.BlockHeader
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {faultline.v1.BlockHeader & faultline.v1.BlockHeader.$Shape} BlockHeader
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            BlockHeader.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.faultline.v1.BlockHeader();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = $readuint64(reader)) === "object" ? value.low || value.high : value !== 0)
                                message.height = value;
                            else
                                delete message.height;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.round = value;
                            else
                                delete message.round;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.proposerId = value;
                            else
                                delete message.proposerId;
                            continue;
                        }
                    case 4: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.bytes()).length)
                                message.prevBlockHash = value;
                            else
                                delete message.prevBlockHash;
                            continue;
                        }
                    case 5: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = $readint64(reader)) === "object" ? value.low || value.high : value !== 0)
                                message.timeUs = value;
                            else
                                delete message.timeUs;
                            continue;
                        }
                    case 6: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.bytes()).length)
                                message.txsHash = value;
                            else
                                delete message.txsHash;
                            continue;
                        }
                    case 7: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.txCount = value;
                            else
                                delete message.txCount;
                            continue;
                        }
                    case 8: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.bytes()).length)
                                message.lastCommitHash = value;
                            else
                                delete message.lastCommitHash;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Decodes a BlockHeader message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof faultline.v1.BlockHeader
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {faultline.v1.BlockHeader & faultline.v1.BlockHeader.$Shape} BlockHeader
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            BlockHeader.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            return BlockHeader;
        })();

        v1.Block = (function() {

            /**
             * Properties of a Block.
             * @typedef {Object} faultline.v1.Block.$Properties
             * @property {faultline.v1.BlockHeader.$Properties|null} [header] Block header
             * @property {Array.<Uint8Array>|null} [txs] Block txs
             * @property {faultline.v1.CommitCertificate.$Properties|null} [lastCommit] Block lastCommit
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a Block.
             * @memberof faultline.v1
             * @interface IBlock
             * @augments faultline.v1.Block.$Properties
             * @deprecated Use faultline.v1.Block.$Properties instead.
             */

            /**
             * Shape of a Block.
             * @typedef {faultline.v1.Block.$Properties} faultline.v1.Block.$Shape
             */

            /**
             * Constructs a new Block.
             * @memberof faultline.v1
             * @classdesc Represents a Block.
             * @constructor
             * @param {faultline.v1.Block.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const Block = function (properties) {
                this.txs = [];
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * Block header.
             * @member {faultline.v1.BlockHeader.$Properties|null|undefined} header
             * @memberof faultline.v1.Block
             * @instance
             */
            Block.prototype.header = null;

            /**
             * Block txs.
             * @member {Array.<Uint8Array>} txs
             * @memberof faultline.v1.Block
             * @instance
             */
            Block.prototype.txs = $util.emptyArray;

            /**
             * Block lastCommit.
             * @member {faultline.v1.CommitCertificate.$Properties|null|undefined} lastCommit
             * @memberof faultline.v1.Block
             * @instance
             */
            Block.prototype.lastCommit = null;

            /**
             * Creates a new Block instance using the specified properties.
             * @function create
             * @memberof faultline.v1.Block
             * @static
             * @param {faultline.v1.Block.$Properties=} [properties] Properties to set
             * @returns {faultline.v1.Block} Block instance
             * @type {{
             *   (properties: faultline.v1.Block.$Shape): faultline.v1.Block & faultline.v1.Block.$Shape;
             *   (properties?: faultline.v1.Block.$Properties): faultline.v1.Block;
             * }}
             */
            Block.create = function(properties) {
                return new Block(properties);
            };

            /**
             * Encodes the specified Block message. Does not implicitly {@link faultline.v1.Block.verify|verify} messages.
             * @function encode
             * @memberof faultline.v1.Block
             * @static
             * @param {faultline.v1.Block.$Properties} message Block message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Block.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.header != null && $Object.hasOwnProperty.call(message, "header"))
                    $root.faultline.v1.BlockHeader.encode(message.header, writer.uint32(/* id 1, wireType 2 =*/10).fork(), _depth + 1).ldelim();
                if (message.txs != null && message.txs.length)
                    for (let i = 0; i < message.txs.length; ++i)
                        writer.uint32(/* id 2, wireType 2 =*/18).bytes(message.txs[i]);
                if (message.lastCommit != null && $Object.hasOwnProperty.call(message, "lastCommit"))
                    $root.faultline.v1.CommitCertificate.encode(message.lastCommit, writer.uint32(/* id 3, wireType 2 =*/26).fork(), _depth + 1).ldelim();
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Encodes the specified Block message, length delimited. Does not implicitly {@link faultline.v1.Block.verify|verify} messages.
             * @function encodeDelimited
             * @memberof faultline.v1.Block
             * @static
             * @param {faultline.v1.Block.$Properties} message Block message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Block.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            /**
             * Decodes a Block message from the specified reader or buffer.
             * @function decode
             * @memberof faultline.v1.Block
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {faultline.v1.Block & faultline.v1.Block.$Shape} Block
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Block.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.faultline.v1.Block();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            message.header = $root.faultline.v1.BlockHeader.decode(reader, reader.size(), $undefined, _depth + 1, message.header);
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if (!(message.txs && message.txs.length))
                                message.txs = [];
                            message.txs.push(reader.bytes());
                            continue;
                        }
                    case 3: {
                            if (wireType !== 2)
                                break;
                            message.lastCommit = $root.faultline.v1.CommitCertificate.decode(reader, reader.size(), $undefined, _depth + 1, message.lastCommit);
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Decodes a Block message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof faultline.v1.Block
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {faultline.v1.Block & faultline.v1.Block.$Shape} Block
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Block.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            return Block;
        })();

        v1.Proposal = (function() {

            /**
             * Properties of a Proposal.
             * @typedef {Object} faultline.v1.Proposal.$Properties
             * @property {number|null} [height] Proposal height
             * @property {number|null} [round] Proposal round
             * @property {number|null} [polRound] Proposal polRound
             * @property {faultline.v1.Block.$Properties|null} [block] Proposal block
             * @property {Uint8Array|null} [blockHash] Proposal blockHash
             * @property {string|null} [proposerId] Proposal proposerId
             * @property {number|null} [timestampUs] Proposal timestampUs
             * @property {Uint8Array|null} [signature] Proposal signature
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a Proposal.
             * @memberof faultline.v1
             * @interface IProposal
             * @augments faultline.v1.Proposal.$Properties
             * @deprecated Use faultline.v1.Proposal.$Properties instead.
             */

            /**
             * Shape of a Proposal.
             * @typedef {faultline.v1.Proposal.$Properties} faultline.v1.Proposal.$Shape
             */

            /**
             * Constructs a new Proposal.
             * @memberof faultline.v1
             * @classdesc Represents a Proposal.
             * @constructor
             * @param {faultline.v1.Proposal.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const Proposal = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * Proposal height.
             * @member {number} height
             * @memberof faultline.v1.Proposal
             * @instance
             */
            Proposal.prototype.height = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * Proposal round.
             * @member {number} round
             * @memberof faultline.v1.Proposal
             * @instance
             */
            Proposal.prototype.round = 0;

            /**
             * Proposal polRound.
             * @member {number} polRound
             * @memberof faultline.v1.Proposal
             * @instance
             */
            Proposal.prototype.polRound = 0;

            /**
             * Proposal block.
             * @member {faultline.v1.Block.$Properties|null|undefined} block
             * @memberof faultline.v1.Proposal
             * @instance
             */
            Proposal.prototype.block = null;

            /**
             * Proposal blockHash.
             * @member {Uint8Array} blockHash
             * @memberof faultline.v1.Proposal
             * @instance
             */
            Proposal.prototype.blockHash = $util.newBuffer([]);

            /**
             * Proposal proposerId.
             * @member {string} proposerId
             * @memberof faultline.v1.Proposal
             * @instance
             */
            Proposal.prototype.proposerId = "";

            /**
             * Proposal timestampUs.
             * @member {number} timestampUs
             * @memberof faultline.v1.Proposal
             * @instance
             */
            Proposal.prototype.timestampUs = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

            /**
             * Proposal signature.
             * @member {Uint8Array} signature
             * @memberof faultline.v1.Proposal
             * @instance
             */
            Proposal.prototype.signature = $util.newBuffer([]);

            /**
             * Creates a new Proposal instance using the specified properties.
             * @function create
             * @memberof faultline.v1.Proposal
             * @static
             * @param {faultline.v1.Proposal.$Properties=} [properties] Properties to set
             * @returns {faultline.v1.Proposal} Proposal instance
             * @type {{
             *   (properties: faultline.v1.Proposal.$Shape): faultline.v1.Proposal & faultline.v1.Proposal.$Shape;
             *   (properties?: faultline.v1.Proposal.$Properties): faultline.v1.Proposal;
             * }}
             */
            Proposal.create = function(properties) {
                return new Proposal(properties);
            };

            /**
             * Encodes the specified Proposal message. Does not implicitly {@link faultline.v1.Proposal.verify|verify} messages.
             * @function encode
             * @memberof faultline.v1.Proposal
             * @static
             * @param {faultline.v1.Proposal.$Properties} message Proposal message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Proposal.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.height != null && $Object.hasOwnProperty.call(message, "height") && (typeof message.height === "object" ? message.height.low || message.height.high : message.height !== 0))
                    writer.uint32(/* id 1, wireType 0 =*/8).uint64(message.height);
                if (message.round != null && $Object.hasOwnProperty.call(message, "round") && message.round !== 0)
                    writer.uint32(/* id 2, wireType 0 =*/16).uint32(message.round);
                if (message.polRound != null && $Object.hasOwnProperty.call(message, "polRound") && message.polRound !== 0)
                    writer.uint32(/* id 3, wireType 0 =*/24).int32(message.polRound);
                if (message.block != null && $Object.hasOwnProperty.call(message, "block"))
                    $root.faultline.v1.Block.encode(message.block, writer.uint32(/* id 4, wireType 2 =*/34).fork(), _depth + 1).ldelim();
                if (message.blockHash != null && $Object.hasOwnProperty.call(message, "blockHash") && message.blockHash.length)
                    writer.uint32(/* id 5, wireType 2 =*/42).bytes(message.blockHash);
                if (message.proposerId != null && $Object.hasOwnProperty.call(message, "proposerId") && message.proposerId !== "")
                    writer.uint32(/* id 6, wireType 2 =*/50).string(message.proposerId);
                if (message.timestampUs != null && $Object.hasOwnProperty.call(message, "timestampUs") && (typeof message.timestampUs === "object" ? message.timestampUs.low || message.timestampUs.high : message.timestampUs !== 0))
                    writer.uint32(/* id 7, wireType 0 =*/56).int64(message.timestampUs);
                if (message.signature != null && $Object.hasOwnProperty.call(message, "signature") && message.signature.length)
                    writer.uint32(/* id 8, wireType 2 =*/66).bytes(message.signature);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Encodes the specified Proposal message, length delimited. Does not implicitly {@link faultline.v1.Proposal.verify|verify} messages.
             * @function encodeDelimited
             * @memberof faultline.v1.Proposal
             * @static
             * @param {faultline.v1.Proposal.$Properties} message Proposal message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Proposal.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            /**
             * Decodes a Proposal message from the specified reader or buffer.
             * @function decode
             * @memberof faultline.v1.Proposal
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {faultline.v1.Proposal & faultline.v1.Proposal.$Shape} Proposal
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Proposal.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.faultline.v1.Proposal();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = $readuint64(reader)) === "object" ? value.low || value.high : value !== 0)
                                message.height = value;
                            else
                                delete message.height;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.round = value;
                            else
                                delete message.round;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.int32())
                                message.polRound = value;
                            else
                                delete message.polRound;
                            continue;
                        }
                    case 4: {
                            if (wireType !== 2)
                                break;
                            message.block = $root.faultline.v1.Block.decode(reader, reader.size(), $undefined, _depth + 1, message.block);
                            continue;
                        }
                    case 5: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.bytes()).length)
                                message.blockHash = value;
                            else
                                delete message.blockHash;
                            continue;
                        }
                    case 6: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.proposerId = value;
                            else
                                delete message.proposerId;
                            continue;
                        }
                    case 7: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = $readint64(reader)) === "object" ? value.low || value.high : value !== 0)
                                message.timestampUs = value;
                            else
                                delete message.timestampUs;
                            continue;
                        }
                    case 8: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.bytes()).length)
                                message.signature = value;
                            else
                                delete message.signature;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Decodes a Proposal message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof faultline.v1.Proposal
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {faultline.v1.Proposal & faultline.v1.Proposal.$Shape} Proposal
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Proposal.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            return Proposal;
        })();

        v1.Vote = (function() {

            /**
             * Properties of a Vote.
             * @typedef {Object} faultline.v1.Vote.$Properties
             * @property {faultline.v1.VoteType|null} [type] Vote type
             * @property {number|null} [height] Vote height
             * @property {number|null} [round] Vote round
             * @property {Uint8Array|null} [blockHash] Vote blockHash
             * @property {string|null} [validatorId] Vote validatorId
             * @property {number|null} [timestampUs] Vote timestampUs
             * @property {Uint8Array|null} [signature] Vote signature
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a Vote.
             * @memberof faultline.v1
             * @interface IVote
             * @augments faultline.v1.Vote.$Properties
             * @deprecated Use faultline.v1.Vote.$Properties instead.
             */

            /**
             * Shape of a Vote.
             * @typedef {faultline.v1.Vote.$Properties} faultline.v1.Vote.$Shape
             */

            /**
             * Constructs a new Vote.
             * @memberof faultline.v1
             * @classdesc Represents a Vote.
             * @constructor
             * @param {faultline.v1.Vote.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const Vote = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * Vote type.
             * @member {faultline.v1.VoteType} type
             * @memberof faultline.v1.Vote
             * @instance
             */
            Vote.prototype.type = 0;

            /**
             * Vote height.
             * @member {number} height
             * @memberof faultline.v1.Vote
             * @instance
             */
            Vote.prototype.height = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * Vote round.
             * @member {number} round
             * @memberof faultline.v1.Vote
             * @instance
             */
            Vote.prototype.round = 0;

            /**
             * Vote blockHash.
             * @member {Uint8Array} blockHash
             * @memberof faultline.v1.Vote
             * @instance
             */
            Vote.prototype.blockHash = $util.newBuffer([]);

            /**
             * Vote validatorId.
             * @member {string} validatorId
             * @memberof faultline.v1.Vote
             * @instance
             */
            Vote.prototype.validatorId = "";

            /**
             * Vote timestampUs.
             * @member {number} timestampUs
             * @memberof faultline.v1.Vote
             * @instance
             */
            Vote.prototype.timestampUs = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

            /**
             * Vote signature.
             * @member {Uint8Array} signature
             * @memberof faultline.v1.Vote
             * @instance
             */
            Vote.prototype.signature = $util.newBuffer([]);

            /**
             * Creates a new Vote instance using the specified properties.
             * @function create
             * @memberof faultline.v1.Vote
             * @static
             * @param {faultline.v1.Vote.$Properties=} [properties] Properties to set
             * @returns {faultline.v1.Vote} Vote instance
             * @type {{
             *   (properties: faultline.v1.Vote.$Shape): faultline.v1.Vote & faultline.v1.Vote.$Shape;
             *   (properties?: faultline.v1.Vote.$Properties): faultline.v1.Vote;
             * }}
             */
            Vote.create = function(properties) {
                return new Vote(properties);
            };

            /**
             * Encodes the specified Vote message. Does not implicitly {@link faultline.v1.Vote.verify|verify} messages.
             * @function encode
             * @memberof faultline.v1.Vote
             * @static
             * @param {faultline.v1.Vote.$Properties} message Vote message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Vote.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.type != null && $Object.hasOwnProperty.call(message, "type") && message.type !== 0)
                    writer.uint32(/* id 1, wireType 0 =*/8).int32(message.type);
                if (message.height != null && $Object.hasOwnProperty.call(message, "height") && (typeof message.height === "object" ? message.height.low || message.height.high : message.height !== 0))
                    writer.uint32(/* id 2, wireType 0 =*/16).uint64(message.height);
                if (message.round != null && $Object.hasOwnProperty.call(message, "round") && message.round !== 0)
                    writer.uint32(/* id 3, wireType 0 =*/24).uint32(message.round);
                if (message.blockHash != null && $Object.hasOwnProperty.call(message, "blockHash") && message.blockHash.length)
                    writer.uint32(/* id 4, wireType 2 =*/34).bytes(message.blockHash);
                if (message.validatorId != null && $Object.hasOwnProperty.call(message, "validatorId") && message.validatorId !== "")
                    writer.uint32(/* id 5, wireType 2 =*/42).string(message.validatorId);
                if (message.timestampUs != null && $Object.hasOwnProperty.call(message, "timestampUs") && (typeof message.timestampUs === "object" ? message.timestampUs.low || message.timestampUs.high : message.timestampUs !== 0))
                    writer.uint32(/* id 6, wireType 0 =*/48).int64(message.timestampUs);
                if (message.signature != null && $Object.hasOwnProperty.call(message, "signature") && message.signature.length)
                    writer.uint32(/* id 7, wireType 2 =*/58).bytes(message.signature);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Encodes the specified Vote message, length delimited. Does not implicitly {@link faultline.v1.Vote.verify|verify} messages.
             * @function encodeDelimited
             * @memberof faultline.v1.Vote
             * @static
             * @param {faultline.v1.Vote.$Properties} message Vote message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Vote.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            /**
             * Decodes a Vote message from the specified reader or buffer.
             * @function decode
             * @memberof faultline.v1.Vote
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {faultline.v1.Vote & faultline.v1.Vote.$Shape} Vote
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Vote.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.faultline.v1.Vote();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.int32())
                                message.type = value;
                            else
                                delete message.type;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = $readuint64(reader)) === "object" ? value.low || value.high : value !== 0)
                                message.height = value;
                            else
                                delete message.height;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.round = value;
                            else
                                delete message.round;
                            continue;
                        }
                    case 4: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.bytes()).length)
                                message.blockHash = value;
                            else
                                delete message.blockHash;
                            continue;
                        }
                    case 5: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.validatorId = value;
                            else
                                delete message.validatorId;
                            continue;
                        }
                    case 6: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = $readint64(reader)) === "object" ? value.low || value.high : value !== 0)
                                message.timestampUs = value;
                            else
                                delete message.timestampUs;
                            continue;
                        }
                    case 7: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.bytes()).length)
                                message.signature = value;
                            else
                                delete message.signature;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Decodes a Vote message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof faultline.v1.Vote
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {faultline.v1.Vote & faultline.v1.Vote.$Shape} Vote
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Vote.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            return Vote;
        })();

        v1.CommitCertificate = (function() {

            /**
             * Properties of a CommitCertificate.
             * @typedef {Object} faultline.v1.CommitCertificate.$Properties
             * @property {number|null} [height] CommitCertificate height
             * @property {number|null} [round] CommitCertificate round
             * @property {Uint8Array|null} [blockHash] CommitCertificate blockHash
             * @property {Array.<faultline.v1.Vote.$Properties>|null} [precommits] CommitCertificate precommits
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a CommitCertificate.
             * @memberof faultline.v1
             * @interface ICommitCertificate
             * @augments faultline.v1.CommitCertificate.$Properties
             * @deprecated Use faultline.v1.CommitCertificate.$Properties instead.
             */

            /**
             * Shape of a CommitCertificate.
             * @typedef {faultline.v1.CommitCertificate.$Properties} faultline.v1.CommitCertificate.$Shape
             */

            /**
             * Constructs a new CommitCertificate.
             * @memberof faultline.v1
             * @classdesc Represents a CommitCertificate.
             * @constructor
             * @param {faultline.v1.CommitCertificate.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const CommitCertificate = function (properties) {
                this.precommits = [];
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * CommitCertificate height.
             * @member {number} height
             * @memberof faultline.v1.CommitCertificate
             * @instance
             */
            CommitCertificate.prototype.height = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * CommitCertificate round.
             * @member {number} round
             * @memberof faultline.v1.CommitCertificate
             * @instance
             */
            CommitCertificate.prototype.round = 0;

            /**
             * CommitCertificate blockHash.
             * @member {Uint8Array} blockHash
             * @memberof faultline.v1.CommitCertificate
             * @instance
             */
            CommitCertificate.prototype.blockHash = $util.newBuffer([]);

            /**
             * CommitCertificate precommits.
             * @member {Array.<faultline.v1.Vote.$Properties>} precommits
             * @memberof faultline.v1.CommitCertificate
             * @instance
             */
            CommitCertificate.prototype.precommits = $util.emptyArray;

            /**
             * Creates a new CommitCertificate instance using the specified properties.
             * @function create
             * @memberof faultline.v1.CommitCertificate
             * @static
             * @param {faultline.v1.CommitCertificate.$Properties=} [properties] Properties to set
             * @returns {faultline.v1.CommitCertificate} CommitCertificate instance
             * @type {{
             *   (properties: faultline.v1.CommitCertificate.$Shape): faultline.v1.CommitCertificate & faultline.v1.CommitCertificate.$Shape;
             *   (properties?: faultline.v1.CommitCertificate.$Properties): faultline.v1.CommitCertificate;
             * }}
             */
            CommitCertificate.create = function(properties) {
                return new CommitCertificate(properties);
            };

            /**
             * Encodes the specified CommitCertificate message. Does not implicitly {@link faultline.v1.CommitCertificate.verify|verify} messages.
             * @function encode
             * @memberof faultline.v1.CommitCertificate
             * @static
             * @param {faultline.v1.CommitCertificate.$Properties} message CommitCertificate message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            CommitCertificate.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.height != null && $Object.hasOwnProperty.call(message, "height") && (typeof message.height === "object" ? message.height.low || message.height.high : message.height !== 0))
                    writer.uint32(/* id 1, wireType 0 =*/8).uint64(message.height);
                if (message.round != null && $Object.hasOwnProperty.call(message, "round") && message.round !== 0)
                    writer.uint32(/* id 2, wireType 0 =*/16).uint32(message.round);
                if (message.blockHash != null && $Object.hasOwnProperty.call(message, "blockHash") && message.blockHash.length)
                    writer.uint32(/* id 3, wireType 2 =*/26).bytes(message.blockHash);
                if (message.precommits != null && message.precommits.length)
                    for (let i = 0; i < message.precommits.length; ++i)
                        $root.faultline.v1.Vote.encode(message.precommits[i], writer.uint32(/* id 4, wireType 2 =*/34).fork(), _depth + 1).ldelim();
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Encodes the specified CommitCertificate message, length delimited. Does not implicitly {@link faultline.v1.CommitCertificate.verify|verify} messages.
             * @function encodeDelimited
             * @memberof faultline.v1.CommitCertificate
             * @static
             * @param {faultline.v1.CommitCertificate.$Properties} message CommitCertificate message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            CommitCertificate.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            /**
             * Decodes a CommitCertificate message from the specified reader or buffer.
             * @function decode
             * @memberof faultline.v1.CommitCertificate
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {faultline.v1.CommitCertificate & faultline.v1.CommitCertificate.$Shape} CommitCertificate
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            CommitCertificate.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.faultline.v1.CommitCertificate();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = $readuint64(reader)) === "object" ? value.low || value.high : value !== 0)
                                message.height = value;
                            else
                                delete message.height;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.round = value;
                            else
                                delete message.round;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.bytes()).length)
                                message.blockHash = value;
                            else
                                delete message.blockHash;
                            continue;
                        }
                    case 4: {
                            if (wireType !== 2)
                                break;
                            if (!(message.precommits && message.precommits.length))
                                message.precommits = [];
                            message.precommits.push($root.faultline.v1.Vote.decode(reader, reader.size(), $undefined, _depth + 1));
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Decodes a CommitCertificate message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof faultline.v1.CommitCertificate
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {faultline.v1.CommitCertificate & faultline.v1.CommitCertificate.$Shape} CommitCertificate
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            CommitCertificate.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            return CommitCertificate;
        })();

        v1.CommittedBlock = (function() {

            /**
             * Properties of a CommittedBlock.
             * @typedef {Object} faultline.v1.CommittedBlock.$Properties
             * @property {faultline.v1.Block.$Properties|null} [block] CommittedBlock block
             * @property {faultline.v1.CommitCertificate.$Properties|null} [certificate] CommittedBlock certificate
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a CommittedBlock.
             * @memberof faultline.v1
             * @interface ICommittedBlock
             * @augments faultline.v1.CommittedBlock.$Properties
             * @deprecated Use faultline.v1.CommittedBlock.$Properties instead.
             */

            /**
             * Shape of a CommittedBlock.
             * @typedef {faultline.v1.CommittedBlock.$Properties} faultline.v1.CommittedBlock.$Shape
             */

            /**
             * Constructs a new CommittedBlock.
             * @memberof faultline.v1
             * @classdesc Represents a CommittedBlock.
             * @constructor
             * @param {faultline.v1.CommittedBlock.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const CommittedBlock = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * CommittedBlock block.
             * @member {faultline.v1.Block.$Properties|null|undefined} block
             * @memberof faultline.v1.CommittedBlock
             * @instance
             */
            CommittedBlock.prototype.block = null;

            /**
             * CommittedBlock certificate.
             * @member {faultline.v1.CommitCertificate.$Properties|null|undefined} certificate
             * @memberof faultline.v1.CommittedBlock
             * @instance
             */
            CommittedBlock.prototype.certificate = null;

            /**
             * Creates a new CommittedBlock instance using the specified properties.
             * @function create
             * @memberof faultline.v1.CommittedBlock
             * @static
             * @param {faultline.v1.CommittedBlock.$Properties=} [properties] Properties to set
             * @returns {faultline.v1.CommittedBlock} CommittedBlock instance
             * @type {{
             *   (properties: faultline.v1.CommittedBlock.$Shape): faultline.v1.CommittedBlock & faultline.v1.CommittedBlock.$Shape;
             *   (properties?: faultline.v1.CommittedBlock.$Properties): faultline.v1.CommittedBlock;
             * }}
             */
            CommittedBlock.create = function(properties) {
                return new CommittedBlock(properties);
            };

            /**
             * Encodes the specified CommittedBlock message. Does not implicitly {@link faultline.v1.CommittedBlock.verify|verify} messages.
             * @function encode
             * @memberof faultline.v1.CommittedBlock
             * @static
             * @param {faultline.v1.CommittedBlock.$Properties} message CommittedBlock message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            CommittedBlock.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.block != null && $Object.hasOwnProperty.call(message, "block"))
                    $root.faultline.v1.Block.encode(message.block, writer.uint32(/* id 1, wireType 2 =*/10).fork(), _depth + 1).ldelim();
                if (message.certificate != null && $Object.hasOwnProperty.call(message, "certificate"))
                    $root.faultline.v1.CommitCertificate.encode(message.certificate, writer.uint32(/* id 2, wireType 2 =*/18).fork(), _depth + 1).ldelim();
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Encodes the specified CommittedBlock message, length delimited. Does not implicitly {@link faultline.v1.CommittedBlock.verify|verify} messages.
             * @function encodeDelimited
             * @memberof faultline.v1.CommittedBlock
             * @static
             * @param {faultline.v1.CommittedBlock.$Properties} message CommittedBlock message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            CommittedBlock.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            /**
             * Decodes a CommittedBlock message from the specified reader or buffer.
             * @function decode
             * @memberof faultline.v1.CommittedBlock
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {faultline.v1.CommittedBlock & faultline.v1.CommittedBlock.$Shape} CommittedBlock
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            CommittedBlock.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.faultline.v1.CommittedBlock();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            message.block = $root.faultline.v1.Block.decode(reader, reader.size(), $undefined, _depth + 1, message.block);
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            message.certificate = $root.faultline.v1.CommitCertificate.decode(reader, reader.size(), $undefined, _depth + 1, message.certificate);
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Decodes a CommittedBlock message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof faultline.v1.CommittedBlock
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {faultline.v1.CommittedBlock & faultline.v1.CommittedBlock.$Shape} CommittedBlock
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            CommittedBlock.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            return CommittedBlock;
        })();

        v1.BlockRequest = (function() {

            /**
             * Properties of a BlockRequest.
             * @typedef {Object} faultline.v1.BlockRequest.$Properties
             * @property {string|null} [requesterId] BlockRequest requesterId
             * @property {number|null} [fromHeight] BlockRequest fromHeight
             * @property {number|null} [maxCount] BlockRequest maxCount
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a BlockRequest.
             * @memberof faultline.v1
             * @interface IBlockRequest
             * @augments faultline.v1.BlockRequest.$Properties
             * @deprecated Use faultline.v1.BlockRequest.$Properties instead.
             */

            /**
             * Shape of a BlockRequest.
             * @typedef {faultline.v1.BlockRequest.$Properties} faultline.v1.BlockRequest.$Shape
             */

            /**
             * Constructs a new BlockRequest.
             * @memberof faultline.v1
             * @classdesc Represents a BlockRequest.
             * @constructor
             * @param {faultline.v1.BlockRequest.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const BlockRequest = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * BlockRequest requesterId.
             * @member {string} requesterId
             * @memberof faultline.v1.BlockRequest
             * @instance
             */
            BlockRequest.prototype.requesterId = "";

            /**
             * BlockRequest fromHeight.
             * @member {number} fromHeight
             * @memberof faultline.v1.BlockRequest
             * @instance
             */
            BlockRequest.prototype.fromHeight = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * BlockRequest maxCount.
             * @member {number} maxCount
             * @memberof faultline.v1.BlockRequest
             * @instance
             */
            BlockRequest.prototype.maxCount = 0;

            /**
             * Creates a new BlockRequest instance using the specified properties.
             * @function create
             * @memberof faultline.v1.BlockRequest
             * @static
             * @param {faultline.v1.BlockRequest.$Properties=} [properties] Properties to set
             * @returns {faultline.v1.BlockRequest} BlockRequest instance
             * @type {{
             *   (properties: faultline.v1.BlockRequest.$Shape): faultline.v1.BlockRequest & faultline.v1.BlockRequest.$Shape;
             *   (properties?: faultline.v1.BlockRequest.$Properties): faultline.v1.BlockRequest;
             * }}
             */
            BlockRequest.create = function(properties) {
                return new BlockRequest(properties);
            };

            /**
             * Encodes the specified BlockRequest message. Does not implicitly {@link faultline.v1.BlockRequest.verify|verify} messages.
             * @function encode
             * @memberof faultline.v1.BlockRequest
             * @static
             * @param {faultline.v1.BlockRequest.$Properties} message BlockRequest message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            BlockRequest.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.requesterId != null && $Object.hasOwnProperty.call(message, "requesterId") && message.requesterId !== "")
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.requesterId);
                if (message.fromHeight != null && $Object.hasOwnProperty.call(message, "fromHeight") && (typeof message.fromHeight === "object" ? message.fromHeight.low || message.fromHeight.high : message.fromHeight !== 0))
                    writer.uint32(/* id 2, wireType 0 =*/16).uint64(message.fromHeight);
                if (message.maxCount != null && $Object.hasOwnProperty.call(message, "maxCount") && message.maxCount !== 0)
                    writer.uint32(/* id 3, wireType 0 =*/24).uint32(message.maxCount);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Encodes the specified BlockRequest message, length delimited. Does not implicitly {@link faultline.v1.BlockRequest.verify|verify} messages.
             * @function encodeDelimited
             * @memberof faultline.v1.BlockRequest
             * @static
             * @param {faultline.v1.BlockRequest.$Properties} message BlockRequest message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            BlockRequest.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            /**
             * Decodes a BlockRequest message from the specified reader or buffer.
             * @function decode
             * @memberof faultline.v1.BlockRequest
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {faultline.v1.BlockRequest & faultline.v1.BlockRequest.$Shape} BlockRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            BlockRequest.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.faultline.v1.BlockRequest();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.requesterId = value;
                            else
                                delete message.requesterId;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = $readuint64(reader)) === "object" ? value.low || value.high : value !== 0)
                                message.fromHeight = value;
                            else
                                delete message.fromHeight;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.maxCount = value;
                            else
                                delete message.maxCount;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Decodes a BlockRequest message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof faultline.v1.BlockRequest
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {faultline.v1.BlockRequest & faultline.v1.BlockRequest.$Shape} BlockRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            BlockRequest.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            return BlockRequest;
        })();

        v1.BlockResponse = (function() {

            /**
             * Properties of a BlockResponse.
             * @typedef {Object} faultline.v1.BlockResponse.$Properties
             * @property {Array.<faultline.v1.CommittedBlock.$Properties>|null} [blocks] BlockResponse blocks
             * @property {number|null} [responderHeight] BlockResponse responderHeight
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a BlockResponse.
             * @memberof faultline.v1
             * @interface IBlockResponse
             * @augments faultline.v1.BlockResponse.$Properties
             * @deprecated Use faultline.v1.BlockResponse.$Properties instead.
             */

            /**
             * Shape of a BlockResponse.
             * @typedef {faultline.v1.BlockResponse.$Properties} faultline.v1.BlockResponse.$Shape
             */

            /**
             * Constructs a new BlockResponse.
             * @memberof faultline.v1
             * @classdesc Represents a BlockResponse.
             * @constructor
             * @param {faultline.v1.BlockResponse.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const BlockResponse = function (properties) {
                this.blocks = [];
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * BlockResponse blocks.
             * @member {Array.<faultline.v1.CommittedBlock.$Properties>} blocks
             * @memberof faultline.v1.BlockResponse
             * @instance
             */
            BlockResponse.prototype.blocks = $util.emptyArray;

            /**
             * BlockResponse responderHeight.
             * @member {number} responderHeight
             * @memberof faultline.v1.BlockResponse
             * @instance
             */
            BlockResponse.prototype.responderHeight = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * Creates a new BlockResponse instance using the specified properties.
             * @function create
             * @memberof faultline.v1.BlockResponse
             * @static
             * @param {faultline.v1.BlockResponse.$Properties=} [properties] Properties to set
             * @returns {faultline.v1.BlockResponse} BlockResponse instance
             * @type {{
             *   (properties: faultline.v1.BlockResponse.$Shape): faultline.v1.BlockResponse & faultline.v1.BlockResponse.$Shape;
             *   (properties?: faultline.v1.BlockResponse.$Properties): faultline.v1.BlockResponse;
             * }}
             */
            BlockResponse.create = function(properties) {
                return new BlockResponse(properties);
            };

            /**
             * Encodes the specified BlockResponse message. Does not implicitly {@link faultline.v1.BlockResponse.verify|verify} messages.
             * @function encode
             * @memberof faultline.v1.BlockResponse
             * @static
             * @param {faultline.v1.BlockResponse.$Properties} message BlockResponse message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            BlockResponse.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.blocks != null && message.blocks.length)
                    for (let i = 0; i < message.blocks.length; ++i)
                        $root.faultline.v1.CommittedBlock.encode(message.blocks[i], writer.uint32(/* id 1, wireType 2 =*/10).fork(), _depth + 1).ldelim();
                if (message.responderHeight != null && $Object.hasOwnProperty.call(message, "responderHeight") && (typeof message.responderHeight === "object" ? message.responderHeight.low || message.responderHeight.high : message.responderHeight !== 0))
                    writer.uint32(/* id 2, wireType 0 =*/16).uint64(message.responderHeight);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Encodes the specified BlockResponse message, length delimited. Does not implicitly {@link faultline.v1.BlockResponse.verify|verify} messages.
             * @function encodeDelimited
             * @memberof faultline.v1.BlockResponse
             * @static
             * @param {faultline.v1.BlockResponse.$Properties} message BlockResponse message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            BlockResponse.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            /**
             * Decodes a BlockResponse message from the specified reader or buffer.
             * @function decode
             * @memberof faultline.v1.BlockResponse
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {faultline.v1.BlockResponse & faultline.v1.BlockResponse.$Shape} BlockResponse
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            BlockResponse.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.faultline.v1.BlockResponse();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if (!(message.blocks && message.blocks.length))
                                message.blocks = [];
                            message.blocks.push($root.faultline.v1.CommittedBlock.decode(reader, reader.size(), $undefined, _depth + 1));
                            continue;
                        }
                    case 2: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = $readuint64(reader)) === "object" ? value.low || value.high : value !== 0)
                                message.responderHeight = value;
                            else
                                delete message.responderHeight;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Decodes a BlockResponse message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof faultline.v1.BlockResponse
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {faultline.v1.BlockResponse & faultline.v1.BlockResponse.$Shape} BlockResponse
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            BlockResponse.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            return BlockResponse;
        })();

        v1.TxCommitted = (function() {

            /**
             * Properties of a TxCommitted.
             * @typedef {Object} faultline.v1.TxCommitted.$Properties
             * @property {Uint8Array|null} [txHash] TxCommitted txHash
             * @property {string|null} [clientId] TxCommitted clientId
             * @property {number|null} [nonce] TxCommitted nonce
             * @property {number|null} [height] TxCommitted height
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a TxCommitted.
             * @memberof faultline.v1
             * @interface ITxCommitted
             * @augments faultline.v1.TxCommitted.$Properties
             * @deprecated Use faultline.v1.TxCommitted.$Properties instead.
             */

            /**
             * Shape of a TxCommitted.
             * @typedef {faultline.v1.TxCommitted.$Properties} faultline.v1.TxCommitted.$Shape
             */

            /**
             * Constructs a new TxCommitted.
             * @memberof faultline.v1
             * @classdesc Represents a TxCommitted.
             * @constructor
             * @param {faultline.v1.TxCommitted.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const TxCommitted = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * TxCommitted txHash.
             * @member {Uint8Array} txHash
             * @memberof faultline.v1.TxCommitted
             * @instance
             */
            TxCommitted.prototype.txHash = $util.newBuffer([]);

            /**
             * TxCommitted clientId.
             * @member {string} clientId
             * @memberof faultline.v1.TxCommitted
             * @instance
             */
            TxCommitted.prototype.clientId = "";

            /**
             * TxCommitted nonce.
             * @member {number} nonce
             * @memberof faultline.v1.TxCommitted
             * @instance
             */
            TxCommitted.prototype.nonce = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * TxCommitted height.
             * @member {number} height
             * @memberof faultline.v1.TxCommitted
             * @instance
             */
            TxCommitted.prototype.height = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * Creates a new TxCommitted instance using the specified properties.
             * @function create
             * @memberof faultline.v1.TxCommitted
             * @static
             * @param {faultline.v1.TxCommitted.$Properties=} [properties] Properties to set
             * @returns {faultline.v1.TxCommitted} TxCommitted instance
             * @type {{
             *   (properties: faultline.v1.TxCommitted.$Shape): faultline.v1.TxCommitted & faultline.v1.TxCommitted.$Shape;
             *   (properties?: faultline.v1.TxCommitted.$Properties): faultline.v1.TxCommitted;
             * }}
             */
            TxCommitted.create = function(properties) {
                return new TxCommitted(properties);
            };

            /**
             * Encodes the specified TxCommitted message. Does not implicitly {@link faultline.v1.TxCommitted.verify|verify} messages.
             * @function encode
             * @memberof faultline.v1.TxCommitted
             * @static
             * @param {faultline.v1.TxCommitted.$Properties} message TxCommitted message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            TxCommitted.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.txHash != null && $Object.hasOwnProperty.call(message, "txHash") && message.txHash.length)
                    writer.uint32(/* id 1, wireType 2 =*/10).bytes(message.txHash);
                if (message.clientId != null && $Object.hasOwnProperty.call(message, "clientId") && message.clientId !== "")
                    writer.uint32(/* id 2, wireType 2 =*/18).string(message.clientId);
                if (message.nonce != null && $Object.hasOwnProperty.call(message, "nonce") && (typeof message.nonce === "object" ? message.nonce.low || message.nonce.high : message.nonce !== 0))
                    writer.uint32(/* id 3, wireType 0 =*/24).uint64(message.nonce);
                if (message.height != null && $Object.hasOwnProperty.call(message, "height") && (typeof message.height === "object" ? message.height.low || message.height.high : message.height !== 0))
                    writer.uint32(/* id 4, wireType 0 =*/32).uint64(message.height);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Encodes the specified TxCommitted message, length delimited. Does not implicitly {@link faultline.v1.TxCommitted.verify|verify} messages.
             * @function encodeDelimited
             * @memberof faultline.v1.TxCommitted
             * @static
             * @param {faultline.v1.TxCommitted.$Properties} message TxCommitted message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            TxCommitted.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            /**
             * Decodes a TxCommitted message from the specified reader or buffer.
             * @function decode
             * @memberof faultline.v1.TxCommitted
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {faultline.v1.TxCommitted & faultline.v1.TxCommitted.$Shape} TxCommitted
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            TxCommitted.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.faultline.v1.TxCommitted();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.bytes()).length)
                                message.txHash = value;
                            else
                                delete message.txHash;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.clientId = value;
                            else
                                delete message.clientId;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = $readuint64(reader)) === "object" ? value.low || value.high : value !== 0)
                                message.nonce = value;
                            else
                                delete message.nonce;
                            continue;
                        }
                    case 4: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = $readuint64(reader)) === "object" ? value.low || value.high : value !== 0)
                                message.height = value;
                            else
                                delete message.height;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Decodes a TxCommitted message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof faultline.v1.TxCommitted
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {faultline.v1.TxCommitted & faultline.v1.TxCommitted.$Shape} TxCommitted
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            TxCommitted.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            return TxCommitted;
        })();

        v1.StatusAnnounce = (function() {

            /**
             * Properties of a StatusAnnounce.
             * @typedef {Object} faultline.v1.StatusAnnounce.$Properties
             * @property {string|null} [validatorId] StatusAnnounce validatorId
             * @property {number|null} [height] StatusAnnounce height
             * @property {number|null} [round] StatusAnnounce round
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a StatusAnnounce.
             * @memberof faultline.v1
             * @interface IStatusAnnounce
             * @augments faultline.v1.StatusAnnounce.$Properties
             * @deprecated Use faultline.v1.StatusAnnounce.$Properties instead.
             */

            /**
             * Shape of a StatusAnnounce.
             * @typedef {faultline.v1.StatusAnnounce.$Properties} faultline.v1.StatusAnnounce.$Shape
             */

            /**
             * Constructs a new StatusAnnounce.
             * @memberof faultline.v1
             * @classdesc Represents a StatusAnnounce.
             * @constructor
             * @param {faultline.v1.StatusAnnounce.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const StatusAnnounce = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * StatusAnnounce validatorId.
             * @member {string} validatorId
             * @memberof faultline.v1.StatusAnnounce
             * @instance
             */
            StatusAnnounce.prototype.validatorId = "";

            /**
             * StatusAnnounce height.
             * @member {number} height
             * @memberof faultline.v1.StatusAnnounce
             * @instance
             */
            StatusAnnounce.prototype.height = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * StatusAnnounce round.
             * @member {number} round
             * @memberof faultline.v1.StatusAnnounce
             * @instance
             */
            StatusAnnounce.prototype.round = 0;

            /**
             * Creates a new StatusAnnounce instance using the specified properties.
             * @function create
             * @memberof faultline.v1.StatusAnnounce
             * @static
             * @param {faultline.v1.StatusAnnounce.$Properties=} [properties] Properties to set
             * @returns {faultline.v1.StatusAnnounce} StatusAnnounce instance
             * @type {{
             *   (properties: faultline.v1.StatusAnnounce.$Shape): faultline.v1.StatusAnnounce & faultline.v1.StatusAnnounce.$Shape;
             *   (properties?: faultline.v1.StatusAnnounce.$Properties): faultline.v1.StatusAnnounce;
             * }}
             */
            StatusAnnounce.create = function(properties) {
                return new StatusAnnounce(properties);
            };

            /**
             * Encodes the specified StatusAnnounce message. Does not implicitly {@link faultline.v1.StatusAnnounce.verify|verify} messages.
             * @function encode
             * @memberof faultline.v1.StatusAnnounce
             * @static
             * @param {faultline.v1.StatusAnnounce.$Properties} message StatusAnnounce message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            StatusAnnounce.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.validatorId != null && $Object.hasOwnProperty.call(message, "validatorId") && message.validatorId !== "")
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.validatorId);
                if (message.height != null && $Object.hasOwnProperty.call(message, "height") && (typeof message.height === "object" ? message.height.low || message.height.high : message.height !== 0))
                    writer.uint32(/* id 2, wireType 0 =*/16).uint64(message.height);
                if (message.round != null && $Object.hasOwnProperty.call(message, "round") && message.round !== 0)
                    writer.uint32(/* id 3, wireType 0 =*/24).uint32(message.round);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Encodes the specified StatusAnnounce message, length delimited. Does not implicitly {@link faultline.v1.StatusAnnounce.verify|verify} messages.
             * @function encodeDelimited
             * @memberof faultline.v1.StatusAnnounce
             * @static
             * @param {faultline.v1.StatusAnnounce.$Properties} message StatusAnnounce message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            StatusAnnounce.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            /**
             * Decodes a StatusAnnounce message from the specified reader or buffer.
             * @function decode
             * @memberof faultline.v1.StatusAnnounce
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {faultline.v1.StatusAnnounce & faultline.v1.StatusAnnounce.$Shape} StatusAnnounce
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            StatusAnnounce.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.faultline.v1.StatusAnnounce();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.validatorId = value;
                            else
                                delete message.validatorId;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = $readuint64(reader)) === "object" ? value.low || value.high : value !== 0)
                                message.height = value;
                            else
                                delete message.height;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.round = value;
                            else
                                delete message.round;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Decodes a StatusAnnounce message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof faultline.v1.StatusAnnounce
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {faultline.v1.StatusAnnounce & faultline.v1.StatusAnnounce.$Shape} StatusAnnounce
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            StatusAnnounce.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            return StatusAnnounce;
        })();

        v1.TxBatch = (function() {

            /**
             * Properties of a TxBatch.
             * @typedef {Object} faultline.v1.TxBatch.$Properties
             * @property {Array.<Uint8Array>|null} [txs] TxBatch txs
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a TxBatch.
             * @memberof faultline.v1
             * @interface ITxBatch
             * @augments faultline.v1.TxBatch.$Properties
             * @deprecated Use faultline.v1.TxBatch.$Properties instead.
             */

            /**
             * Shape of a TxBatch.
             * @typedef {faultline.v1.TxBatch.$Properties} faultline.v1.TxBatch.$Shape
             */

            /**
             * Constructs a new TxBatch.
             * @memberof faultline.v1
             * @classdesc Represents a TxBatch.
             * @constructor
             * @param {faultline.v1.TxBatch.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const TxBatch = function (properties) {
                this.txs = [];
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * TxBatch txs.
             * @member {Array.<Uint8Array>} txs
             * @memberof faultline.v1.TxBatch
             * @instance
             */
            TxBatch.prototype.txs = $util.emptyArray;

            /**
             * Creates a new TxBatch instance using the specified properties.
             * @function create
             * @memberof faultline.v1.TxBatch
             * @static
             * @param {faultline.v1.TxBatch.$Properties=} [properties] Properties to set
             * @returns {faultline.v1.TxBatch} TxBatch instance
             * @type {{
             *   (properties: faultline.v1.TxBatch.$Shape): faultline.v1.TxBatch & faultline.v1.TxBatch.$Shape;
             *   (properties?: faultline.v1.TxBatch.$Properties): faultline.v1.TxBatch;
             * }}
             */
            TxBatch.create = function(properties) {
                return new TxBatch(properties);
            };

            /**
             * Encodes the specified TxBatch message. Does not implicitly {@link faultline.v1.TxBatch.verify|verify} messages.
             * @function encode
             * @memberof faultline.v1.TxBatch
             * @static
             * @param {faultline.v1.TxBatch.$Properties} message TxBatch message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            TxBatch.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.txs != null && message.txs.length)
                    for (let i = 0; i < message.txs.length; ++i)
                        writer.uint32(/* id 1, wireType 2 =*/10).bytes(message.txs[i]);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Encodes the specified TxBatch message, length delimited. Does not implicitly {@link faultline.v1.TxBatch.verify|verify} messages.
             * @function encodeDelimited
             * @memberof faultline.v1.TxBatch
             * @static
             * @param {faultline.v1.TxBatch.$Properties} message TxBatch message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            TxBatch.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            /**
             * Decodes a TxBatch message from the specified reader or buffer.
             * @function decode
             * @memberof faultline.v1.TxBatch
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {faultline.v1.TxBatch & faultline.v1.TxBatch.$Shape} TxBatch
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            TxBatch.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.faultline.v1.TxBatch();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if (!(message.txs && message.txs.length))
                                message.txs = [];
                            message.txs.push(reader.bytes());
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Decodes a TxBatch message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof faultline.v1.TxBatch
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {faultline.v1.TxBatch & faultline.v1.TxBatch.$Shape} TxBatch
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            TxBatch.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            return TxBatch;
        })();

        v1.ValidatorWalRecord = (function() {

            /**
             * Properties of a ValidatorWalRecord.
             * @typedef {Object} faultline.v1.ValidatorWalRecord.$Properties
             * @property {faultline.v1.CommittedBlock.$Properties|null} [committed] ValidatorWalRecord committed
             * @property {faultline.v1.Vote.$Properties|null} [signedVote] ValidatorWalRecord signedVote
             * @property {faultline.v1.Proposal.$Properties|null} [signedProposal] ValidatorWalRecord signedProposal
             * @property {faultline.v1.LockState.$Properties|null} [lock] ValidatorWalRecord lock
             * @property {"committed"|"signedVote"|"signedProposal"|"lock"} [record] ValidatorWalRecord record
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a ValidatorWalRecord.
             * @memberof faultline.v1
             * @interface IValidatorWalRecord
             * @augments faultline.v1.ValidatorWalRecord.$Properties
             * @deprecated Use faultline.v1.ValidatorWalRecord.$Properties instead.
             */

            /**
             * Narrowed shape of a ValidatorWalRecord.
             * @typedef {{
             *   committed?: faultline.v1.CommittedBlock.$Shape|null;
             *   signedVote?: faultline.v1.Vote.$Shape|null;
             *   signedProposal?: faultline.v1.Proposal.$Shape|null;
             *   lock?: faultline.v1.LockState.$Shape|null;
             *   $unknowns?: Array.<Uint8Array>;
             * } & (
             *   ({ record?: undefined; committed?: null; signedVote?: null; signedProposal?: null; lock?: null }|{ record?: "committed"; committed: faultline.v1.CommittedBlock.$Shape; signedVote?: null; signedProposal?: null; lock?: null }|{ record?: "signedVote"; committed?: null; signedVote: faultline.v1.Vote.$Shape; signedProposal?: null; lock?: null }|{ record?: "signedProposal"; committed?: null; signedVote?: null; signedProposal: faultline.v1.Proposal.$Shape; lock?: null }|{ record?: "lock"; committed?: null; signedVote?: null; signedProposal?: null; lock: faultline.v1.LockState.$Shape })
             * )} faultline.v1.ValidatorWalRecord.$Shape
             */

            /**
             * Constructs a new ValidatorWalRecord.
             * @memberof faultline.v1
             * @classdesc Represents a ValidatorWalRecord.
             * @constructor
             * @param {faultline.v1.ValidatorWalRecord.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const ValidatorWalRecord = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * ValidatorWalRecord committed.
             * @member {faultline.v1.CommittedBlock.$Properties|null|undefined} committed
             * @memberof faultline.v1.ValidatorWalRecord
             * @instance
             */
            ValidatorWalRecord.prototype.committed = null;

            /**
             * ValidatorWalRecord signedVote.
             * @member {faultline.v1.Vote.$Properties|null|undefined} signedVote
             * @memberof faultline.v1.ValidatorWalRecord
             * @instance
             */
            ValidatorWalRecord.prototype.signedVote = null;

            /**
             * ValidatorWalRecord signedProposal.
             * @member {faultline.v1.Proposal.$Properties|null|undefined} signedProposal
             * @memberof faultline.v1.ValidatorWalRecord
             * @instance
             */
            ValidatorWalRecord.prototype.signedProposal = null;

            /**
             * ValidatorWalRecord lock.
             * @member {faultline.v1.LockState.$Properties|null|undefined} lock
             * @memberof faultline.v1.ValidatorWalRecord
             * @instance
             */
            ValidatorWalRecord.prototype.lock = null;

            // OneOf field names bound to virtual getters and setters
            let $oneOfFields;

            /**
             * ValidatorWalRecord record.
             * @member {"committed"|"signedVote"|"signedProposal"|"lock"|undefined} record
             * @memberof faultline.v1.ValidatorWalRecord
             * @instance
             */
            $Object.defineProperty(ValidatorWalRecord.prototype, "record", {
                get: $util.oneOfGetter($oneOfFields = ["committed", "signedVote", "signedProposal", "lock"]),
                set: $util.oneOfSetter($oneOfFields)
            });

            /**
             * Creates a new ValidatorWalRecord instance using the specified properties.
             * @function create
             * @memberof faultline.v1.ValidatorWalRecord
             * @static
             * @param {faultline.v1.ValidatorWalRecord.$Properties=} [properties] Properties to set
             * @returns {faultline.v1.ValidatorWalRecord} ValidatorWalRecord instance
             * @type {{
             *   (properties: faultline.v1.ValidatorWalRecord.$Shape): faultline.v1.ValidatorWalRecord & faultline.v1.ValidatorWalRecord.$Shape;
             *   (properties?: faultline.v1.ValidatorWalRecord.$Properties): faultline.v1.ValidatorWalRecord;
             * }}
             */
            ValidatorWalRecord.create = function(properties) {
                return new ValidatorWalRecord(properties);
            };

            /**
             * Encodes the specified ValidatorWalRecord message. Does not implicitly {@link faultline.v1.ValidatorWalRecord.verify|verify} messages.
             * @function encode
             * @memberof faultline.v1.ValidatorWalRecord
             * @static
             * @param {faultline.v1.ValidatorWalRecord.$Properties} message ValidatorWalRecord message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            ValidatorWalRecord.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.committed != null && $Object.hasOwnProperty.call(message, "committed"))
                    $root.faultline.v1.CommittedBlock.encode(message.committed, writer.uint32(/* id 1, wireType 2 =*/10).fork(), _depth + 1).ldelim();
                if (message.signedVote != null && $Object.hasOwnProperty.call(message, "signedVote"))
                    $root.faultline.v1.Vote.encode(message.signedVote, writer.uint32(/* id 2, wireType 2 =*/18).fork(), _depth + 1).ldelim();
                if (message.signedProposal != null && $Object.hasOwnProperty.call(message, "signedProposal"))
                    $root.faultline.v1.Proposal.encode(message.signedProposal, writer.uint32(/* id 3, wireType 2 =*/26).fork(), _depth + 1).ldelim();
                if (message.lock != null && $Object.hasOwnProperty.call(message, "lock"))
                    $root.faultline.v1.LockState.encode(message.lock, writer.uint32(/* id 4, wireType 2 =*/34).fork(), _depth + 1).ldelim();
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Encodes the specified ValidatorWalRecord message, length delimited. Does not implicitly {@link faultline.v1.ValidatorWalRecord.verify|verify} messages.
             * @function encodeDelimited
             * @memberof faultline.v1.ValidatorWalRecord
             * @static
             * @param {faultline.v1.ValidatorWalRecord.$Properties} message ValidatorWalRecord message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            ValidatorWalRecord.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            /**
             * Decodes a ValidatorWalRecord message from the specified reader or buffer.
             * @function decode
             * @memberof faultline.v1.ValidatorWalRecord
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {faultline.v1.ValidatorWalRecord & faultline.v1.ValidatorWalRecord.$Shape} ValidatorWalRecord
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            ValidatorWalRecord.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.faultline.v1.ValidatorWalRecord();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            message.committed = $root.faultline.v1.CommittedBlock.decode(reader, reader.size(), $undefined, _depth + 1, message.committed);
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            message.signedVote = $root.faultline.v1.Vote.decode(reader, reader.size(), $undefined, _depth + 1, message.signedVote);
                            continue;
                        }
                    case 3: {
                            if (wireType !== 2)
                                break;
                            message.signedProposal = $root.faultline.v1.Proposal.decode(reader, reader.size(), $undefined, _depth + 1, message.signedProposal);
                            continue;
                        }
                    case 4: {
                            if (wireType !== 2)
                                break;
                            message.lock = $root.faultline.v1.LockState.decode(reader, reader.size(), $undefined, _depth + 1, message.lock);
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Decodes a ValidatorWalRecord message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof faultline.v1.ValidatorWalRecord
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {faultline.v1.ValidatorWalRecord & faultline.v1.ValidatorWalRecord.$Shape} ValidatorWalRecord
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            ValidatorWalRecord.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            return ValidatorWalRecord;
        })();

        v1.LockState = (function() {

            /**
             * Properties of a LockState.
             * @typedef {Object} faultline.v1.LockState.$Properties
             * @property {number|null} [height] LockState height
             * @property {number|null} [lockedRound] LockState lockedRound
             * @property {faultline.v1.Block.$Properties|null} [lockedBlock] LockState lockedBlock
             * @property {number|null} [validRound] LockState validRound
             * @property {faultline.v1.Block.$Properties|null} [validBlock] LockState validBlock
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a LockState.
             * @memberof faultline.v1
             * @interface ILockState
             * @augments faultline.v1.LockState.$Properties
             * @deprecated Use faultline.v1.LockState.$Properties instead.
             */

            /**
             * Shape of a LockState.
             * @typedef {faultline.v1.LockState.$Properties} faultline.v1.LockState.$Shape
             */

            /**
             * Constructs a new LockState.
             * @memberof faultline.v1
             * @classdesc Represents a LockState.
             * @constructor
             * @param {faultline.v1.LockState.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const LockState = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * LockState height.
             * @member {number} height
             * @memberof faultline.v1.LockState
             * @instance
             */
            LockState.prototype.height = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * LockState lockedRound.
             * @member {number} lockedRound
             * @memberof faultline.v1.LockState
             * @instance
             */
            LockState.prototype.lockedRound = 0;

            /**
             * LockState lockedBlock.
             * @member {faultline.v1.Block.$Properties|null|undefined} lockedBlock
             * @memberof faultline.v1.LockState
             * @instance
             */
            LockState.prototype.lockedBlock = null;

            /**
             * LockState validRound.
             * @member {number} validRound
             * @memberof faultline.v1.LockState
             * @instance
             */
            LockState.prototype.validRound = 0;

            /**
             * LockState validBlock.
             * @member {faultline.v1.Block.$Properties|null|undefined} validBlock
             * @memberof faultline.v1.LockState
             * @instance
             */
            LockState.prototype.validBlock = null;

            /**
             * Creates a new LockState instance using the specified properties.
             * @function create
             * @memberof faultline.v1.LockState
             * @static
             * @param {faultline.v1.LockState.$Properties=} [properties] Properties to set
             * @returns {faultline.v1.LockState} LockState instance
             * @type {{
             *   (properties: faultline.v1.LockState.$Shape): faultline.v1.LockState & faultline.v1.LockState.$Shape;
             *   (properties?: faultline.v1.LockState.$Properties): faultline.v1.LockState;
             * }}
             */
            LockState.create = function(properties) {
                return new LockState(properties);
            };

            /**
             * Encodes the specified LockState message. Does not implicitly {@link faultline.v1.LockState.verify|verify} messages.
             * @function encode
             * @memberof faultline.v1.LockState
             * @static
             * @param {faultline.v1.LockState.$Properties} message LockState message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            LockState.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.height != null && $Object.hasOwnProperty.call(message, "height") && (typeof message.height === "object" ? message.height.low || message.height.high : message.height !== 0))
                    writer.uint32(/* id 1, wireType 0 =*/8).uint64(message.height);
                if (message.lockedRound != null && $Object.hasOwnProperty.call(message, "lockedRound") && message.lockedRound !== 0)
                    writer.uint32(/* id 2, wireType 0 =*/16).int32(message.lockedRound);
                if (message.lockedBlock != null && $Object.hasOwnProperty.call(message, "lockedBlock"))
                    $root.faultline.v1.Block.encode(message.lockedBlock, writer.uint32(/* id 3, wireType 2 =*/26).fork(), _depth + 1).ldelim();
                if (message.validRound != null && $Object.hasOwnProperty.call(message, "validRound") && message.validRound !== 0)
                    writer.uint32(/* id 4, wireType 0 =*/32).int32(message.validRound);
                if (message.validBlock != null && $Object.hasOwnProperty.call(message, "validBlock"))
                    $root.faultline.v1.Block.encode(message.validBlock, writer.uint32(/* id 5, wireType 2 =*/42).fork(), _depth + 1).ldelim();
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Encodes the specified LockState message, length delimited. Does not implicitly {@link faultline.v1.LockState.verify|verify} messages.
             * @function encodeDelimited
             * @memberof faultline.v1.LockState
             * @static
             * @param {faultline.v1.LockState.$Properties} message LockState message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            LockState.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            /**
             * Decodes a LockState message from the specified reader or buffer.
             * @function decode
             * @memberof faultline.v1.LockState
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {faultline.v1.LockState & faultline.v1.LockState.$Shape} LockState
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            LockState.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.faultline.v1.LockState();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = $readuint64(reader)) === "object" ? value.low || value.high : value !== 0)
                                message.height = value;
                            else
                                delete message.height;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.int32())
                                message.lockedRound = value;
                            else
                                delete message.lockedRound;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 2)
                                break;
                            message.lockedBlock = $root.faultline.v1.Block.decode(reader, reader.size(), $undefined, _depth + 1, message.lockedBlock);
                            continue;
                        }
                    case 4: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.int32())
                                message.validRound = value;
                            else
                                delete message.validRound;
                            continue;
                        }
                    case 5: {
                            if (wireType !== 2)
                                break;
                            message.validBlock = $root.faultline.v1.Block.decode(reader, reader.size(), $undefined, _depth + 1, message.validBlock);
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Decodes a LockState message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof faultline.v1.LockState
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {faultline.v1.LockState & faultline.v1.LockState.$Shape} LockState
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            LockState.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            return LockState;
        })();

        /**
         * FaultKind enum.
         * @name faultline.v1.FaultKind
         * @enum {number}
         * @property {number} FAULT_KIND_UNSPECIFIED=0 FAULT_KIND_UNSPECIFIED value
         * @property {number} FAULT_KIND_PARTITION=1 FAULT_KIND_PARTITION value
         * @property {number} FAULT_KIND_ONE_WAY=2 FAULT_KIND_ONE_WAY value
         * @property {number} FAULT_KIND_HEAL=3 FAULT_KIND_HEAL value
         * @property {number} FAULT_KIND_LINK=4 FAULT_KIND_LINK value
         * @property {number} FAULT_KIND_CRASH=5 FAULT_KIND_CRASH value
         * @property {number} FAULT_KIND_RESTART=6 FAULT_KIND_RESTART value
         * @property {number} FAULT_KIND_PAUSE=7 FAULT_KIND_PAUSE value
         * @property {number} FAULT_KIND_RESUME=8 FAULT_KIND_RESUME value
         * @property {number} FAULT_KIND_CLOCK_SKEW=9 FAULT_KIND_CLOCK_SKEW value
         * @property {number} FAULT_KIND_BROKER_RESTART=10 FAULT_KIND_BROKER_RESTART value
         * @property {number} FAULT_KIND_DELAY_KIND=11 FAULT_KIND_DELAY_KIND value
         * @property {number} FAULT_KIND_BROKER_KILL=12 FAULT_KIND_BROKER_KILL value
         * @property {number} FAULT_KIND_BROKER_PARTITION=13 FAULT_KIND_BROKER_PARTITION value
         * @property {number} FAULT_KIND_CRASH_AFTER_VOTE=14 FAULT_KIND_CRASH_AFTER_VOTE value
         */
        v1.FaultKind = (function() {
            const valuesById = $Object.create(null), values = $Object.create(valuesById);
            values[valuesById[0] = "FAULT_KIND_UNSPECIFIED"] = 0;
            values[valuesById[1] = "FAULT_KIND_PARTITION"] = 1;
            values[valuesById[2] = "FAULT_KIND_ONE_WAY"] = 2;
            values[valuesById[3] = "FAULT_KIND_HEAL"] = 3;
            values[valuesById[4] = "FAULT_KIND_LINK"] = 4;
            values[valuesById[5] = "FAULT_KIND_CRASH"] = 5;
            values[valuesById[6] = "FAULT_KIND_RESTART"] = 6;
            values[valuesById[7] = "FAULT_KIND_PAUSE"] = 7;
            values[valuesById[8] = "FAULT_KIND_RESUME"] = 8;
            values[valuesById[9] = "FAULT_KIND_CLOCK_SKEW"] = 9;
            values[valuesById[10] = "FAULT_KIND_BROKER_RESTART"] = 10;
            values[valuesById[11] = "FAULT_KIND_DELAY_KIND"] = 11;
            values[valuesById[12] = "FAULT_KIND_BROKER_KILL"] = 12;
            values[valuesById[13] = "FAULT_KIND_BROKER_PARTITION"] = 13;
            values[valuesById[14] = "FAULT_KIND_CRASH_AFTER_VOTE"] = 14;
            return values;
        })();

        v1.ActorGroup = (function() {

            /**
             * Properties of an ActorGroup.
             * @typedef {Object} faultline.v1.ActorGroup.$Properties
             * @property {Array.<string>|null} [actors] ActorGroup actors
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of an ActorGroup.
             * @memberof faultline.v1
             * @interface IActorGroup
             * @augments faultline.v1.ActorGroup.$Properties
             * @deprecated Use faultline.v1.ActorGroup.$Properties instead.
             */

            /**
             * Shape of an ActorGroup.
             * @typedef {faultline.v1.ActorGroup.$Properties} faultline.v1.ActorGroup.$Shape
             */

            /**
             * Constructs a new ActorGroup.
             * @memberof faultline.v1
             * @classdesc Represents an ActorGroup.
             * @constructor
             * @param {faultline.v1.ActorGroup.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const ActorGroup = function (properties) {
                this.actors = [];
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * ActorGroup actors.
             * @member {Array.<string>} actors
             * @memberof faultline.v1.ActorGroup
             * @instance
             */
            ActorGroup.prototype.actors = $util.emptyArray;

            /**
             * Creates a new ActorGroup instance using the specified properties.
             * @function create
             * @memberof faultline.v1.ActorGroup
             * @static
             * @param {faultline.v1.ActorGroup.$Properties=} [properties] Properties to set
             * @returns {faultline.v1.ActorGroup} ActorGroup instance
             * @type {{
             *   (properties: faultline.v1.ActorGroup.$Shape): faultline.v1.ActorGroup & faultline.v1.ActorGroup.$Shape;
             *   (properties?: faultline.v1.ActorGroup.$Properties): faultline.v1.ActorGroup;
             * }}
             */
            ActorGroup.create = function(properties) {
                return new ActorGroup(properties);
            };

            /**
             * Encodes the specified ActorGroup message. Does not implicitly {@link faultline.v1.ActorGroup.verify|verify} messages.
             * @function encode
             * @memberof faultline.v1.ActorGroup
             * @static
             * @param {faultline.v1.ActorGroup.$Properties} message ActorGroup message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            ActorGroup.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.actors != null && message.actors.length)
                    for (let i = 0; i < message.actors.length; ++i)
                        writer.uint32(/* id 1, wireType 2 =*/10).string(message.actors[i]);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Encodes the specified ActorGroup message, length delimited. Does not implicitly {@link faultline.v1.ActorGroup.verify|verify} messages.
             * @function encodeDelimited
             * @memberof faultline.v1.ActorGroup
             * @static
             * @param {faultline.v1.ActorGroup.$Properties} message ActorGroup message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            ActorGroup.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            /**
             * Decodes an ActorGroup message from the specified reader or buffer.
             * @function decode
             * @memberof faultline.v1.ActorGroup
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {faultline.v1.ActorGroup & faultline.v1.ActorGroup.$Shape} ActorGroup
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            ActorGroup.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.faultline.v1.ActorGroup();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if (!(message.actors && message.actors.length))
                                message.actors = [];
                            message.actors.push(reader.stringVerify());
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Decodes an ActorGroup message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof faultline.v1.ActorGroup
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {faultline.v1.ActorGroup & faultline.v1.ActorGroup.$Shape} ActorGroup
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            ActorGroup.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            return ActorGroup;
        })();

        v1.FaultCommand = (function() {

            /**
             * Properties of a FaultCommand.
             * @typedef {Object} faultline.v1.FaultCommand.$Properties
             * @property {number|null} [faultId] FaultCommand faultId
             * @property {faultline.v1.FaultKind|null} [kind] FaultCommand kind
             * @property {number|null} [atUs] FaultCommand atUs
             * @property {number|null} [durationUs] FaultCommand durationUs
             * @property {Array.<faultline.v1.ActorGroup.$Properties>|null} [groups] FaultCommand groups
             * @property {Array.<string>|null} [from] FaultCommand from
             * @property {Array.<string>|null} [to] FaultCommand to
             * @property {Array.<string>|null} [actors] FaultCommand actors
             * @property {number|null} [dropPpm] FaultCommand dropPpm
             * @property {number|null} [delayUs] FaultCommand delayUs
             * @property {number|null} [jitterUs] FaultCommand jitterUs
             * @property {number|null} [duplicatePpm] FaultCommand duplicatePpm
             * @property {number|null} [duplicateMax] FaultCommand duplicateMax
             * @property {number|null} [reorderPpm] FaultCommand reorderPpm
             * @property {number|null} [skewUs] FaultCommand skewUs
             * @property {string|null} [messageKind] FaultCommand messageKind
             * @property {number|null} [withinUs] FaultCommand withinUs
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a FaultCommand.
             * @memberof faultline.v1
             * @interface IFaultCommand
             * @augments faultline.v1.FaultCommand.$Properties
             * @deprecated Use faultline.v1.FaultCommand.$Properties instead.
             */

            /**
             * Shape of a FaultCommand.
             * @typedef {faultline.v1.FaultCommand.$Properties} faultline.v1.FaultCommand.$Shape
             */

            /**
             * Constructs a new FaultCommand.
             * @memberof faultline.v1
             * @classdesc Represents a FaultCommand.
             * @constructor
             * @param {faultline.v1.FaultCommand.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const FaultCommand = function (properties) {
                this.groups = [];
                this.from = [];
                this.to = [];
                this.actors = [];
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * FaultCommand faultId.
             * @member {number} faultId
             * @memberof faultline.v1.FaultCommand
             * @instance
             */
            FaultCommand.prototype.faultId = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * FaultCommand kind.
             * @member {faultline.v1.FaultKind} kind
             * @memberof faultline.v1.FaultCommand
             * @instance
             */
            FaultCommand.prototype.kind = 0;

            /**
             * FaultCommand atUs.
             * @member {number} atUs
             * @memberof faultline.v1.FaultCommand
             * @instance
             */
            FaultCommand.prototype.atUs = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

            /**
             * FaultCommand durationUs.
             * @member {number} durationUs
             * @memberof faultline.v1.FaultCommand
             * @instance
             */
            FaultCommand.prototype.durationUs = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

            /**
             * FaultCommand groups.
             * @member {Array.<faultline.v1.ActorGroup.$Properties>} groups
             * @memberof faultline.v1.FaultCommand
             * @instance
             */
            FaultCommand.prototype.groups = $util.emptyArray;

            /**
             * FaultCommand from.
             * @member {Array.<string>} from
             * @memberof faultline.v1.FaultCommand
             * @instance
             */
            FaultCommand.prototype.from = $util.emptyArray;

            /**
             * FaultCommand to.
             * @member {Array.<string>} to
             * @memberof faultline.v1.FaultCommand
             * @instance
             */
            FaultCommand.prototype.to = $util.emptyArray;

            /**
             * FaultCommand actors.
             * @member {Array.<string>} actors
             * @memberof faultline.v1.FaultCommand
             * @instance
             */
            FaultCommand.prototype.actors = $util.emptyArray;

            /**
             * FaultCommand dropPpm.
             * @member {number} dropPpm
             * @memberof faultline.v1.FaultCommand
             * @instance
             */
            FaultCommand.prototype.dropPpm = 0;

            /**
             * FaultCommand delayUs.
             * @member {number} delayUs
             * @memberof faultline.v1.FaultCommand
             * @instance
             */
            FaultCommand.prototype.delayUs = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

            /**
             * FaultCommand jitterUs.
             * @member {number} jitterUs
             * @memberof faultline.v1.FaultCommand
             * @instance
             */
            FaultCommand.prototype.jitterUs = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

            /**
             * FaultCommand duplicatePpm.
             * @member {number} duplicatePpm
             * @memberof faultline.v1.FaultCommand
             * @instance
             */
            FaultCommand.prototype.duplicatePpm = 0;

            /**
             * FaultCommand duplicateMax.
             * @member {number} duplicateMax
             * @memberof faultline.v1.FaultCommand
             * @instance
             */
            FaultCommand.prototype.duplicateMax = 0;

            /**
             * FaultCommand reorderPpm.
             * @member {number} reorderPpm
             * @memberof faultline.v1.FaultCommand
             * @instance
             */
            FaultCommand.prototype.reorderPpm = 0;

            /**
             * FaultCommand skewUs.
             * @member {number} skewUs
             * @memberof faultline.v1.FaultCommand
             * @instance
             */
            FaultCommand.prototype.skewUs = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

            /**
             * FaultCommand messageKind.
             * @member {string} messageKind
             * @memberof faultline.v1.FaultCommand
             * @instance
             */
            FaultCommand.prototype.messageKind = "";

            /**
             * FaultCommand withinUs.
             * @member {number} withinUs
             * @memberof faultline.v1.FaultCommand
             * @instance
             */
            FaultCommand.prototype.withinUs = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

            /**
             * Creates a new FaultCommand instance using the specified properties.
             * @function create
             * @memberof faultline.v1.FaultCommand
             * @static
             * @param {faultline.v1.FaultCommand.$Properties=} [properties] Properties to set
             * @returns {faultline.v1.FaultCommand} FaultCommand instance
             * @type {{
             *   (properties: faultline.v1.FaultCommand.$Shape): faultline.v1.FaultCommand & faultline.v1.FaultCommand.$Shape;
             *   (properties?: faultline.v1.FaultCommand.$Properties): faultline.v1.FaultCommand;
             * }}
             */
            FaultCommand.create = function(properties) {
                return new FaultCommand(properties);
            };

            /**
             * Encodes the specified FaultCommand message. Does not implicitly {@link faultline.v1.FaultCommand.verify|verify} messages.
             * @function encode
             * @memberof faultline.v1.FaultCommand
             * @static
             * @param {faultline.v1.FaultCommand.$Properties} message FaultCommand message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            FaultCommand.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.faultId != null && $Object.hasOwnProperty.call(message, "faultId") && (typeof message.faultId === "object" ? message.faultId.low || message.faultId.high : message.faultId !== 0))
                    writer.uint32(/* id 1, wireType 0 =*/8).uint64(message.faultId);
                if (message.kind != null && $Object.hasOwnProperty.call(message, "kind") && message.kind !== 0)
                    writer.uint32(/* id 2, wireType 0 =*/16).int32(message.kind);
                if (message.atUs != null && $Object.hasOwnProperty.call(message, "atUs") && (typeof message.atUs === "object" ? message.atUs.low || message.atUs.high : message.atUs !== 0))
                    writer.uint32(/* id 3, wireType 0 =*/24).int64(message.atUs);
                if (message.durationUs != null && $Object.hasOwnProperty.call(message, "durationUs") && (typeof message.durationUs === "object" ? message.durationUs.low || message.durationUs.high : message.durationUs !== 0))
                    writer.uint32(/* id 4, wireType 0 =*/32).int64(message.durationUs);
                if (message.groups != null && message.groups.length)
                    for (let i = 0; i < message.groups.length; ++i)
                        $root.faultline.v1.ActorGroup.encode(message.groups[i], writer.uint32(/* id 5, wireType 2 =*/42).fork(), _depth + 1).ldelim();
                if (message.from != null && message.from.length)
                    for (let i = 0; i < message.from.length; ++i)
                        writer.uint32(/* id 6, wireType 2 =*/50).string(message.from[i]);
                if (message.to != null && message.to.length)
                    for (let i = 0; i < message.to.length; ++i)
                        writer.uint32(/* id 7, wireType 2 =*/58).string(message.to[i]);
                if (message.actors != null && message.actors.length)
                    for (let i = 0; i < message.actors.length; ++i)
                        writer.uint32(/* id 8, wireType 2 =*/66).string(message.actors[i]);
                if (message.dropPpm != null && $Object.hasOwnProperty.call(message, "dropPpm") && message.dropPpm !== 0)
                    writer.uint32(/* id 9, wireType 0 =*/72).uint32(message.dropPpm);
                if (message.delayUs != null && $Object.hasOwnProperty.call(message, "delayUs") && (typeof message.delayUs === "object" ? message.delayUs.low || message.delayUs.high : message.delayUs !== 0))
                    writer.uint32(/* id 10, wireType 0 =*/80).int64(message.delayUs);
                if (message.jitterUs != null && $Object.hasOwnProperty.call(message, "jitterUs") && (typeof message.jitterUs === "object" ? message.jitterUs.low || message.jitterUs.high : message.jitterUs !== 0))
                    writer.uint32(/* id 11, wireType 0 =*/88).int64(message.jitterUs);
                if (message.duplicatePpm != null && $Object.hasOwnProperty.call(message, "duplicatePpm") && message.duplicatePpm !== 0)
                    writer.uint32(/* id 12, wireType 0 =*/96).uint32(message.duplicatePpm);
                if (message.duplicateMax != null && $Object.hasOwnProperty.call(message, "duplicateMax") && message.duplicateMax !== 0)
                    writer.uint32(/* id 13, wireType 0 =*/104).uint32(message.duplicateMax);
                if (message.reorderPpm != null && $Object.hasOwnProperty.call(message, "reorderPpm") && message.reorderPpm !== 0)
                    writer.uint32(/* id 14, wireType 0 =*/112).uint32(message.reorderPpm);
                if (message.skewUs != null && $Object.hasOwnProperty.call(message, "skewUs") && (typeof message.skewUs === "object" ? message.skewUs.low || message.skewUs.high : message.skewUs !== 0))
                    writer.uint32(/* id 15, wireType 0 =*/120).int64(message.skewUs);
                if (message.messageKind != null && $Object.hasOwnProperty.call(message, "messageKind") && message.messageKind !== "")
                    writer.uint32(/* id 16, wireType 2 =*/130).string(message.messageKind);
                if (message.withinUs != null && $Object.hasOwnProperty.call(message, "withinUs") && (typeof message.withinUs === "object" ? message.withinUs.low || message.withinUs.high : message.withinUs !== 0))
                    writer.uint32(/* id 17, wireType 0 =*/136).int64(message.withinUs);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Encodes the specified FaultCommand message, length delimited. Does not implicitly {@link faultline.v1.FaultCommand.verify|verify} messages.
             * @function encodeDelimited
             * @memberof faultline.v1.FaultCommand
             * @static
             * @param {faultline.v1.FaultCommand.$Properties} message FaultCommand message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            FaultCommand.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            /**
             * Decodes a FaultCommand message from the specified reader or buffer.
             * @function decode
             * @memberof faultline.v1.FaultCommand
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {faultline.v1.FaultCommand & faultline.v1.FaultCommand.$Shape} FaultCommand
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            FaultCommand.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.faultline.v1.FaultCommand();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = $readuint64(reader)) === "object" ? value.low || value.high : value !== 0)
                                message.faultId = value;
                            else
                                delete message.faultId;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.int32())
                                message.kind = value;
                            else
                                delete message.kind;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = $readint64(reader)) === "object" ? value.low || value.high : value !== 0)
                                message.atUs = value;
                            else
                                delete message.atUs;
                            continue;
                        }
                    case 4: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = $readint64(reader)) === "object" ? value.low || value.high : value !== 0)
                                message.durationUs = value;
                            else
                                delete message.durationUs;
                            continue;
                        }
                    case 5: {
                            if (wireType !== 2)
                                break;
                            if (!(message.groups && message.groups.length))
                                message.groups = [];
                            message.groups.push($root.faultline.v1.ActorGroup.decode(reader, reader.size(), $undefined, _depth + 1));
                            continue;
                        }
                    case 6: {
                            if (wireType !== 2)
                                break;
                            if (!(message.from && message.from.length))
                                message.from = [];
                            message.from.push(reader.stringVerify());
                            continue;
                        }
                    case 7: {
                            if (wireType !== 2)
                                break;
                            if (!(message.to && message.to.length))
                                message.to = [];
                            message.to.push(reader.stringVerify());
                            continue;
                        }
                    case 8: {
                            if (wireType !== 2)
                                break;
                            if (!(message.actors && message.actors.length))
                                message.actors = [];
                            message.actors.push(reader.stringVerify());
                            continue;
                        }
                    case 9: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.dropPpm = value;
                            else
                                delete message.dropPpm;
                            continue;
                        }
                    case 10: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = $readint64(reader)) === "object" ? value.low || value.high : value !== 0)
                                message.delayUs = value;
                            else
                                delete message.delayUs;
                            continue;
                        }
                    case 11: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = $readint64(reader)) === "object" ? value.low || value.high : value !== 0)
                                message.jitterUs = value;
                            else
                                delete message.jitterUs;
                            continue;
                        }
                    case 12: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.duplicatePpm = value;
                            else
                                delete message.duplicatePpm;
                            continue;
                        }
                    case 13: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.duplicateMax = value;
                            else
                                delete message.duplicateMax;
                            continue;
                        }
                    case 14: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.reorderPpm = value;
                            else
                                delete message.reorderPpm;
                            continue;
                        }
                    case 15: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = $readint64(reader)) === "object" ? value.low || value.high : value !== 0)
                                message.skewUs = value;
                            else
                                delete message.skewUs;
                            continue;
                        }
                    case 16: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.messageKind = value;
                            else
                                delete message.messageKind;
                            continue;
                        }
                    case 17: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = $readint64(reader)) === "object" ? value.low || value.high : value !== 0)
                                message.withinUs = value;
                            else
                                delete message.withinUs;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Decodes a FaultCommand message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof faultline.v1.FaultCommand
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {faultline.v1.FaultCommand & faultline.v1.FaultCommand.$Shape} FaultCommand
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            FaultCommand.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            return FaultCommand;
        })();

        v1.Shutdown = (function() {

            /**
             * Properties of a Shutdown.
             * @typedef {Object} faultline.v1.Shutdown.$Properties
             * @property {string|null} [reason] Shutdown reason
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a Shutdown.
             * @memberof faultline.v1
             * @interface IShutdown
             * @augments faultline.v1.Shutdown.$Properties
             * @deprecated Use faultline.v1.Shutdown.$Properties instead.
             */

            /**
             * Shape of a Shutdown.
             * @typedef {faultline.v1.Shutdown.$Properties} faultline.v1.Shutdown.$Shape
             */

            /**
             * Constructs a new Shutdown.
             * @memberof faultline.v1
             * @classdesc Represents a Shutdown.
             * @constructor
             * @param {faultline.v1.Shutdown.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const Shutdown = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * Shutdown reason.
             * @member {string} reason
             * @memberof faultline.v1.Shutdown
             * @instance
             */
            Shutdown.prototype.reason = "";

            /**
             * Creates a new Shutdown instance using the specified properties.
             * @function create
             * @memberof faultline.v1.Shutdown
             * @static
             * @param {faultline.v1.Shutdown.$Properties=} [properties] Properties to set
             * @returns {faultline.v1.Shutdown} Shutdown instance
             * @type {{
             *   (properties: faultline.v1.Shutdown.$Shape): faultline.v1.Shutdown & faultline.v1.Shutdown.$Shape;
             *   (properties?: faultline.v1.Shutdown.$Properties): faultline.v1.Shutdown;
             * }}
             */
            Shutdown.create = function(properties) {
                return new Shutdown(properties);
            };

            /**
             * Encodes the specified Shutdown message. Does not implicitly {@link faultline.v1.Shutdown.verify|verify} messages.
             * @function encode
             * @memberof faultline.v1.Shutdown
             * @static
             * @param {faultline.v1.Shutdown.$Properties} message Shutdown message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Shutdown.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.reason != null && $Object.hasOwnProperty.call(message, "reason") && message.reason !== "")
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.reason);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Encodes the specified Shutdown message, length delimited. Does not implicitly {@link faultline.v1.Shutdown.verify|verify} messages.
             * @function encodeDelimited
             * @memberof faultline.v1.Shutdown
             * @static
             * @param {faultline.v1.Shutdown.$Properties} message Shutdown message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Shutdown.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            /**
             * Decodes a Shutdown message from the specified reader or buffer.
             * @function decode
             * @memberof faultline.v1.Shutdown
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {faultline.v1.Shutdown & faultline.v1.Shutdown.$Shape} Shutdown
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Shutdown.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.faultline.v1.Shutdown();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.reason = value;
                            else
                                delete message.reason;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Decodes a Shutdown message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof faultline.v1.Shutdown
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {faultline.v1.Shutdown & faultline.v1.Shutdown.$Shape} Shutdown
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Shutdown.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            return Shutdown;
        })();

        v1.Ping = (function() {

            /**
             * Properties of a Ping.
             * @typedef {Object} faultline.v1.Ping.$Properties
             * @property {number|null} [n] Ping n
             * @property {string|null} [replyTo] Ping replyTo
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a Ping.
             * @memberof faultline.v1
             * @interface IPing
             * @augments faultline.v1.Ping.$Properties
             * @deprecated Use faultline.v1.Ping.$Properties instead.
             */

            /**
             * Shape of a Ping.
             * @typedef {faultline.v1.Ping.$Properties} faultline.v1.Ping.$Shape
             */

            /**
             * Constructs a new Ping.
             * @memberof faultline.v1
             * @classdesc Represents a Ping.
             * @constructor
             * @param {faultline.v1.Ping.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const Ping = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * Ping n.
             * @member {number} n
             * @memberof faultline.v1.Ping
             * @instance
             */
            Ping.prototype.n = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * Ping replyTo.
             * @member {string} replyTo
             * @memberof faultline.v1.Ping
             * @instance
             */
            Ping.prototype.replyTo = "";

            /**
             * Creates a new Ping instance using the specified properties.
             * @function create
             * @memberof faultline.v1.Ping
             * @static
             * @param {faultline.v1.Ping.$Properties=} [properties] Properties to set
             * @returns {faultline.v1.Ping} Ping instance
             * @type {{
             *   (properties: faultline.v1.Ping.$Shape): faultline.v1.Ping & faultline.v1.Ping.$Shape;
             *   (properties?: faultline.v1.Ping.$Properties): faultline.v1.Ping;
             * }}
             */
            Ping.create = function(properties) {
                return new Ping(properties);
            };

            /**
             * Encodes the specified Ping message. Does not implicitly {@link faultline.v1.Ping.verify|verify} messages.
             * @function encode
             * @memberof faultline.v1.Ping
             * @static
             * @param {faultline.v1.Ping.$Properties} message Ping message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Ping.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.n != null && $Object.hasOwnProperty.call(message, "n") && (typeof message.n === "object" ? message.n.low || message.n.high : message.n !== 0))
                    writer.uint32(/* id 1, wireType 0 =*/8).uint64(message.n);
                if (message.replyTo != null && $Object.hasOwnProperty.call(message, "replyTo") && message.replyTo !== "")
                    writer.uint32(/* id 2, wireType 2 =*/18).string(message.replyTo);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Encodes the specified Ping message, length delimited. Does not implicitly {@link faultline.v1.Ping.verify|verify} messages.
             * @function encodeDelimited
             * @memberof faultline.v1.Ping
             * @static
             * @param {faultline.v1.Ping.$Properties} message Ping message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Ping.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            /**
             * Decodes a Ping message from the specified reader or buffer.
             * @function decode
             * @memberof faultline.v1.Ping
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {faultline.v1.Ping & faultline.v1.Ping.$Shape} Ping
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Ping.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.faultline.v1.Ping();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = $readuint64(reader)) === "object" ? value.low || value.high : value !== 0)
                                message.n = value;
                            else
                                delete message.n;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.replyTo = value;
                            else
                                delete message.replyTo;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Decodes a Ping message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof faultline.v1.Ping
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {faultline.v1.Ping & faultline.v1.Ping.$Shape} Ping
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Ping.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            return Ping;
        })();

        v1.Pong = (function() {

            /**
             * Properties of a Pong.
             * @typedef {Object} faultline.v1.Pong.$Properties
             * @property {number|null} [n] Pong n
             * @property {number|null} [counter] Pong counter
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a Pong.
             * @memberof faultline.v1
             * @interface IPong
             * @augments faultline.v1.Pong.$Properties
             * @deprecated Use faultline.v1.Pong.$Properties instead.
             */

            /**
             * Shape of a Pong.
             * @typedef {faultline.v1.Pong.$Properties} faultline.v1.Pong.$Shape
             */

            /**
             * Constructs a new Pong.
             * @memberof faultline.v1
             * @classdesc Represents a Pong.
             * @constructor
             * @param {faultline.v1.Pong.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const Pong = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * Pong n.
             * @member {number} n
             * @memberof faultline.v1.Pong
             * @instance
             */
            Pong.prototype.n = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * Pong counter.
             * @member {number} counter
             * @memberof faultline.v1.Pong
             * @instance
             */
            Pong.prototype.counter = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * Creates a new Pong instance using the specified properties.
             * @function create
             * @memberof faultline.v1.Pong
             * @static
             * @param {faultline.v1.Pong.$Properties=} [properties] Properties to set
             * @returns {faultline.v1.Pong} Pong instance
             * @type {{
             *   (properties: faultline.v1.Pong.$Shape): faultline.v1.Pong & faultline.v1.Pong.$Shape;
             *   (properties?: faultline.v1.Pong.$Properties): faultline.v1.Pong;
             * }}
             */
            Pong.create = function(properties) {
                return new Pong(properties);
            };

            /**
             * Encodes the specified Pong message. Does not implicitly {@link faultline.v1.Pong.verify|verify} messages.
             * @function encode
             * @memberof faultline.v1.Pong
             * @static
             * @param {faultline.v1.Pong.$Properties} message Pong message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Pong.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.n != null && $Object.hasOwnProperty.call(message, "n") && (typeof message.n === "object" ? message.n.low || message.n.high : message.n !== 0))
                    writer.uint32(/* id 1, wireType 0 =*/8).uint64(message.n);
                if (message.counter != null && $Object.hasOwnProperty.call(message, "counter") && (typeof message.counter === "object" ? message.counter.low || message.counter.high : message.counter !== 0))
                    writer.uint32(/* id 2, wireType 0 =*/16).uint64(message.counter);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Encodes the specified Pong message, length delimited. Does not implicitly {@link faultline.v1.Pong.verify|verify} messages.
             * @function encodeDelimited
             * @memberof faultline.v1.Pong
             * @static
             * @param {faultline.v1.Pong.$Properties} message Pong message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Pong.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            /**
             * Decodes a Pong message from the specified reader or buffer.
             * @function decode
             * @memberof faultline.v1.Pong
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {faultline.v1.Pong & faultline.v1.Pong.$Shape} Pong
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Pong.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.faultline.v1.Pong();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = $readuint64(reader)) === "object" ? value.low || value.high : value !== 0)
                                message.n = value;
                            else
                                delete message.n;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = $readuint64(reader)) === "object" ? value.low || value.high : value !== 0)
                                message.counter = value;
                            else
                                delete message.counter;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Decodes a Pong message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof faultline.v1.Pong
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {faultline.v1.Pong & faultline.v1.Pong.$Shape} Pong
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Pong.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            return Pong;
        })();

        v1.Envelope = (function() {

            /**
             * Properties of an Envelope.
             * @typedef {Object} faultline.v1.Envelope.$Properties
             * @property {string|null} [runId] Envelope runId
             * @property {string|null} [sender] Envelope sender
             * @property {number|null} [seq] Envelope seq
             * @property {number|null} [lamport] Envelope lamport
             * @property {number|null} [sentAtUs] Envelope sentAtUs
             * @property {faultline.v1.Transaction.$Properties|null} [tx] Envelope tx
             * @property {faultline.v1.TxCommitted.$Properties|null} [txCommitted] Envelope txCommitted
             * @property {faultline.v1.Proposal.$Properties|null} [proposal] Envelope proposal
             * @property {faultline.v1.Vote.$Properties|null} [vote] Envelope vote
             * @property {faultline.v1.CommitCertificate.$Properties|null} [commitCertificate] Envelope commitCertificate
             * @property {faultline.v1.CommittedBlock.$Properties|null} [committedBlock] Envelope committedBlock
             * @property {faultline.v1.BlockRequest.$Properties|null} [blockRequest] Envelope blockRequest
             * @property {faultline.v1.BlockResponse.$Properties|null} [blockResponse] Envelope blockResponse
             * @property {faultline.v1.StatusAnnounce.$Properties|null} [status] Envelope status
             * @property {faultline.v1.TxBatch.$Properties|null} [txBatch] Envelope txBatch
             * @property {faultline.v1.Fill.$Properties|null} [fill] Envelope fill
             * @property {faultline.v1.AccountUpdate.$Properties|null} [accountUpdate] Envelope accountUpdate
             * @property {faultline.v1.MarketStatus.$Properties|null} [marketStatus] Envelope marketStatus
             * @property {faultline.v1.LiquidationResult.$Properties|null} [liquidationResult] Envelope liquidationResult
             * @property {faultline.v1.StateHash.$Properties|null} [stateHash] Envelope stateHash
             * @property {faultline.v1.BlockExecuted.$Properties|null} [blockExecuted] Envelope blockExecuted
             * @property {faultline.v1.OraclePrice.$Properties|null} [oraclePrice] Envelope oraclePrice
             * @property {faultline.v1.HedgeOrder.$Properties|null} [hedgeOrder] Envelope hedgeOrder
             * @property {faultline.v1.HedgeFill.$Properties|null} [hedgeFill] Envelope hedgeFill
             * @property {faultline.v1.ExternalPriceTick.$Properties|null} [externalPrice] Envelope externalPrice
             * @property {faultline.v1.HedgeReject.$Properties|null} [hedgeReject] Envelope hedgeReject
             * @property {faultline.v1.FaultCommand.$Properties|null} [fault] Envelope fault
             * @property {faultline.v1.Shutdown.$Properties|null} [shutdown] Envelope shutdown
             * @property {faultline.v1.Ping.$Properties|null} [ping] Envelope ping
             * @property {faultline.v1.Pong.$Properties|null} [pong] Envelope pong
             * @property {"tx"|"txCommitted"|"proposal"|"vote"|"commitCertificate"|"committedBlock"|"blockRequest"|"blockResponse"|"status"|"txBatch"|"fill"|"accountUpdate"|"marketStatus"|"liquidationResult"|"stateHash"|"blockExecuted"|"oraclePrice"|"hedgeOrder"|"hedgeFill"|"externalPrice"|"hedgeReject"|"fault"|"shutdown"|"ping"|"pong"} [body] Envelope body
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of an Envelope.
             * @memberof faultline.v1
             * @interface IEnvelope
             * @augments faultline.v1.Envelope.$Properties
             * @deprecated Use faultline.v1.Envelope.$Properties instead.
             */

            /**
             * Narrowed shape of an Envelope.
             * @typedef {{
             *   runId?: string|null;
             *   sender?: string|null;
             *   seq?: number|null;
             *   lamport?: number|null;
             *   sentAtUs?: number|null;
             *   tx?: faultline.v1.Transaction.$Shape|null;
             *   txCommitted?: faultline.v1.TxCommitted.$Shape|null;
             *   proposal?: faultline.v1.Proposal.$Shape|null;
             *   vote?: faultline.v1.Vote.$Shape|null;
             *   commitCertificate?: faultline.v1.CommitCertificate.$Shape|null;
             *   committedBlock?: faultline.v1.CommittedBlock.$Shape|null;
             *   blockRequest?: faultline.v1.BlockRequest.$Shape|null;
             *   blockResponse?: faultline.v1.BlockResponse.$Shape|null;
             *   status?: faultline.v1.StatusAnnounce.$Shape|null;
             *   txBatch?: faultline.v1.TxBatch.$Shape|null;
             *   fill?: faultline.v1.Fill.$Shape|null;
             *   accountUpdate?: faultline.v1.AccountUpdate.$Shape|null;
             *   marketStatus?: faultline.v1.MarketStatus.$Shape|null;
             *   liquidationResult?: faultline.v1.LiquidationResult.$Shape|null;
             *   stateHash?: faultline.v1.StateHash.$Shape|null;
             *   blockExecuted?: faultline.v1.BlockExecuted.$Shape|null;
             *   oraclePrice?: faultline.v1.OraclePrice.$Shape|null;
             *   hedgeOrder?: faultline.v1.HedgeOrder.$Shape|null;
             *   hedgeFill?: faultline.v1.HedgeFill.$Shape|null;
             *   externalPrice?: faultline.v1.ExternalPriceTick.$Shape|null;
             *   hedgeReject?: faultline.v1.HedgeReject.$Shape|null;
             *   fault?: faultline.v1.FaultCommand.$Shape|null;
             *   shutdown?: faultline.v1.Shutdown.$Shape|null;
             *   ping?: faultline.v1.Ping.$Shape|null;
             *   pong?: faultline.v1.Pong.$Shape|null;
             *   $unknowns?: Array.<Uint8Array>;
             * } & (
             *   ({ body?: undefined; tx?: null; txCommitted?: null; proposal?: null; vote?: null; commitCertificate?: null; committedBlock?: null; blockRequest?: null; blockResponse?: null; status?: null; txBatch?: null; fill?: null; accountUpdate?: null; marketStatus?: null; liquidationResult?: null; stateHash?: null; blockExecuted?: null; oraclePrice?: null; hedgeOrder?: null; hedgeFill?: null; externalPrice?: null; hedgeReject?: null; fault?: null; shutdown?: null; ping?: null; pong?: null }|{ body?: "tx"; tx: faultline.v1.Transaction.$Shape; txCommitted?: null; proposal?: null; vote?: null; commitCertificate?: null; committedBlock?: null; blockRequest?: null; blockResponse?: null; status?: null; txBatch?: null; fill?: null; accountUpdate?: null; marketStatus?: null; liquidationResult?: null; stateHash?: null; blockExecuted?: null; oraclePrice?: null; hedgeOrder?: null; hedgeFill?: null; externalPrice?: null; hedgeReject?: null; fault?: null; shutdown?: null; ping?: null; pong?: null }|{ body?: "txCommitted"; tx?: null; txCommitted: faultline.v1.TxCommitted.$Shape; proposal?: null; vote?: null; commitCertificate?: null; committedBlock?: null; blockRequest?: null; blockResponse?: null; status?: null; txBatch?: null; fill?: null; accountUpdate?: null; marketStatus?: null; liquidationResult?: null; stateHash?: null; blockExecuted?: null; oraclePrice?: null; hedgeOrder?: null; hedgeFill?: null; externalPrice?: null; hedgeReject?: null; fault?: null; shutdown?: null; ping?: null; pong?: null }|{ body?: "proposal"; tx?: null; txCommitted?: null; proposal: faultline.v1.Proposal.$Shape; vote?: null; commitCertificate?: null; committedBlock?: null; blockRequest?: null; blockResponse?: null; status?: null; txBatch?: null; fill?: null; accountUpdate?: null; marketStatus?: null; liquidationResult?: null; stateHash?: null; blockExecuted?: null; oraclePrice?: null; hedgeOrder?: null; hedgeFill?: null; externalPrice?: null; hedgeReject?: null; fault?: null; shutdown?: null; ping?: null; pong?: null }|{ body?: "vote"; tx?: null; txCommitted?: null; proposal?: null; vote: faultline.v1.Vote.$Shape; commitCertificate?: null; committedBlock?: null; blockRequest?: null; blockResponse?: null; status?: null; txBatch?: null; fill?: null; accountUpdate?: null; marketStatus?: null; liquidationResult?: null; stateHash?: null; blockExecuted?: null; oraclePrice?: null; hedgeOrder?: null; hedgeFill?: null; externalPrice?: null; hedgeReject?: null; fault?: null; shutdown?: null; ping?: null; pong?: null }|{ body?: "commitCertificate"; tx?: null; txCommitted?: null; proposal?: null; vote?: null; commitCertificate: faultline.v1.CommitCertificate.$Shape; committedBlock?: null; blockRequest?: null; blockResponse?: null; status?: null; txBatch?: null; fill?: null; accountUpdate?: null; marketStatus?: null; liquidationResult?: null; stateHash?: null; blockExecuted?: null; oraclePrice?: null; hedgeOrder?: null; hedgeFill?: null; externalPrice?: null; hedgeReject?: null; fault?: null; shutdown?: null; ping?: null; pong?: null }|{ body?: "committedBlock"; tx?: null; txCommitted?: null; proposal?: null; vote?: null; commitCertificate?: null; committedBlock: faultline.v1.CommittedBlock.$Shape; blockRequest?: null; blockResponse?: null; status?: null; txBatch?: null; fill?: null; accountUpdate?: null; marketStatus?: null; liquidationResult?: null; stateHash?: null; blockExecuted?: null; oraclePrice?: null; hedgeOrder?: null; hedgeFill?: null; externalPrice?: null; hedgeReject?: null; fault?: null; shutdown?: null; ping?: null; pong?: null }|{ body?: "blockRequest"; tx?: null; txCommitted?: null; proposal?: null; vote?: null; commitCertificate?: null; committedBlock?: null; blockRequest: faultline.v1.BlockRequest.$Shape; blockResponse?: null; status?: null; txBatch?: null; fill?: null; accountUpdate?: null; marketStatus?: null; liquidationResult?: null; stateHash?: null; blockExecuted?: null; oraclePrice?: null; hedgeOrder?: null; hedgeFill?: null; externalPrice?: null; hedgeReject?: null; fault?: null; shutdown?: null; ping?: null; pong?: null }|{ body?: "blockResponse"; tx?: null; txCommitted?: null; proposal?: null; vote?: null; commitCertificate?: null; committedBlock?: null; blockRequest?: null; blockResponse: faultline.v1.BlockResponse.$Shape; status?: null; txBatch?: null; fill?: null; accountUpdate?: null; marketStatus?: null; liquidationResult?: null; stateHash?: null; blockExecuted?: null; oraclePrice?: null; hedgeOrder?: null; hedgeFill?: null; externalPrice?: null; hedgeReject?: null; fault?: null; shutdown?: null; ping?: null; pong?: null }|{ body?: "status"; tx?: null; txCommitted?: null; proposal?: null; vote?: null; commitCertificate?: null; committedBlock?: null; blockRequest?: null; blockResponse?: null; status: faultline.v1.StatusAnnounce.$Shape; txBatch?: null; fill?: null; accountUpdate?: null; marketStatus?: null; liquidationResult?: null; stateHash?: null; blockExecuted?: null; oraclePrice?: null; hedgeOrder?: null; hedgeFill?: null; externalPrice?: null; hedgeReject?: null; fault?: null; shutdown?: null; ping?: null; pong?: null }|{ body?: "txBatch"; tx?: null; txCommitted?: null; proposal?: null; vote?: null; commitCertificate?: null; committedBlock?: null; blockRequest?: null; blockResponse?: null; status?: null; txBatch: faultline.v1.TxBatch.$Shape; fill?: null; accountUpdate?: null; marketStatus?: null; liquidationResult?: null; stateHash?: null; blockExecuted?: null; oraclePrice?: null; hedgeOrder?: null; hedgeFill?: null; externalPrice?: null; hedgeReject?: null; fault?: null; shutdown?: null; ping?: null; pong?: null }|{ body?: "fill"; tx?: null; txCommitted?: null; proposal?: null; vote?: null; commitCertificate?: null; committedBlock?: null; blockRequest?: null; blockResponse?: null; status?: null; txBatch?: null; fill: faultline.v1.Fill.$Shape; accountUpdate?: null; marketStatus?: null; liquidationResult?: null; stateHash?: null; blockExecuted?: null; oraclePrice?: null; hedgeOrder?: null; hedgeFill?: null; externalPrice?: null; hedgeReject?: null; fault?: null; shutdown?: null; ping?: null; pong?: null }|{ body?: "accountUpdate"; tx?: null; txCommitted?: null; proposal?: null; vote?: null; commitCertificate?: null; committedBlock?: null; blockRequest?: null; blockResponse?: null; status?: null; txBatch?: null; fill?: null; accountUpdate: faultline.v1.AccountUpdate.$Shape; marketStatus?: null; liquidationResult?: null; stateHash?: null; blockExecuted?: null; oraclePrice?: null; hedgeOrder?: null; hedgeFill?: null; externalPrice?: null; hedgeReject?: null; fault?: null; shutdown?: null; ping?: null; pong?: null }|{ body?: "marketStatus"; tx?: null; txCommitted?: null; proposal?: null; vote?: null; commitCertificate?: null; committedBlock?: null; blockRequest?: null; blockResponse?: null; status?: null; txBatch?: null; fill?: null; accountUpdate?: null; marketStatus: faultline.v1.MarketStatus.$Shape; liquidationResult?: null; stateHash?: null; blockExecuted?: null; oraclePrice?: null; hedgeOrder?: null; hedgeFill?: null; externalPrice?: null; hedgeReject?: null; fault?: null; shutdown?: null; ping?: null; pong?: null }|{ body?: "liquidationResult"; tx?: null; txCommitted?: null; proposal?: null; vote?: null; commitCertificate?: null; committedBlock?: null; blockRequest?: null; blockResponse?: null; status?: null; txBatch?: null; fill?: null; accountUpdate?: null; marketStatus?: null; liquidationResult: faultline.v1.LiquidationResult.$Shape; stateHash?: null; blockExecuted?: null; oraclePrice?: null; hedgeOrder?: null; hedgeFill?: null; externalPrice?: null; hedgeReject?: null; fault?: null; shutdown?: null; ping?: null; pong?: null }|{ body?: "stateHash"; tx?: null; txCommitted?: null; proposal?: null; vote?: null; commitCertificate?: null; committedBlock?: null; blockRequest?: null; blockResponse?: null; status?: null; txBatch?: null; fill?: null; accountUpdate?: null; marketStatus?: null; liquidationResult?: null; stateHash: faultline.v1.StateHash.$Shape; blockExecuted?: null; oraclePrice?: null; hedgeOrder?: null; hedgeFill?: null; externalPrice?: null; hedgeReject?: null; fault?: null; shutdown?: null; ping?: null; pong?: null }|{ body?: "blockExecuted"; tx?: null; txCommitted?: null; proposal?: null; vote?: null; commitCertificate?: null; committedBlock?: null; blockRequest?: null; blockResponse?: null; status?: null; txBatch?: null; fill?: null; accountUpdate?: null; marketStatus?: null; liquidationResult?: null; stateHash?: null; blockExecuted: faultline.v1.BlockExecuted.$Shape; oraclePrice?: null; hedgeOrder?: null; hedgeFill?: null; externalPrice?: null; hedgeReject?: null; fault?: null; shutdown?: null; ping?: null; pong?: null }|{ body?: "oraclePrice"; tx?: null; txCommitted?: null; proposal?: null; vote?: null; commitCertificate?: null; committedBlock?: null; blockRequest?: null; blockResponse?: null; status?: null; txBatch?: null; fill?: null; accountUpdate?: null; marketStatus?: null; liquidationResult?: null; stateHash?: null; blockExecuted?: null; oraclePrice: faultline.v1.OraclePrice.$Shape; hedgeOrder?: null; hedgeFill?: null; externalPrice?: null; hedgeReject?: null; fault?: null; shutdown?: null; ping?: null; pong?: null }|{ body?: "hedgeOrder"; tx?: null; txCommitted?: null; proposal?: null; vote?: null; commitCertificate?: null; committedBlock?: null; blockRequest?: null; blockResponse?: null; status?: null; txBatch?: null; fill?: null; accountUpdate?: null; marketStatus?: null; liquidationResult?: null; stateHash?: null; blockExecuted?: null; oraclePrice?: null; hedgeOrder: faultline.v1.HedgeOrder.$Shape; hedgeFill?: null; externalPrice?: null; hedgeReject?: null; fault?: null; shutdown?: null; ping?: null; pong?: null }|{ body?: "hedgeFill"; tx?: null; txCommitted?: null; proposal?: null; vote?: null; commitCertificate?: null; committedBlock?: null; blockRequest?: null; blockResponse?: null; status?: null; txBatch?: null; fill?: null; accountUpdate?: null; marketStatus?: null; liquidationResult?: null; stateHash?: null; blockExecuted?: null; oraclePrice?: null; hedgeOrder?: null; hedgeFill: faultline.v1.HedgeFill.$Shape; externalPrice?: null; hedgeReject?: null; fault?: null; shutdown?: null; ping?: null; pong?: null }|{ body?: "externalPrice"; tx?: null; txCommitted?: null; proposal?: null; vote?: null; commitCertificate?: null; committedBlock?: null; blockRequest?: null; blockResponse?: null; status?: null; txBatch?: null; fill?: null; accountUpdate?: null; marketStatus?: null; liquidationResult?: null; stateHash?: null; blockExecuted?: null; oraclePrice?: null; hedgeOrder?: null; hedgeFill?: null; externalPrice: faultline.v1.ExternalPriceTick.$Shape; hedgeReject?: null; fault?: null; shutdown?: null; ping?: null; pong?: null }|{ body?: "hedgeReject"; tx?: null; txCommitted?: null; proposal?: null; vote?: null; commitCertificate?: null; committedBlock?: null; blockRequest?: null; blockResponse?: null; status?: null; txBatch?: null; fill?: null; accountUpdate?: null; marketStatus?: null; liquidationResult?: null; stateHash?: null; blockExecuted?: null; oraclePrice?: null; hedgeOrder?: null; hedgeFill?: null; externalPrice?: null; hedgeReject: faultline.v1.HedgeReject.$Shape; fault?: null; shutdown?: null; ping?: null; pong?: null }|{ body?: "fault"; tx?: null; txCommitted?: null; proposal?: null; vote?: null; commitCertificate?: null; committedBlock?: null; blockRequest?: null; blockResponse?: null; status?: null; txBatch?: null; fill?: null; accountUpdate?: null; marketStatus?: null; liquidationResult?: null; stateHash?: null; blockExecuted?: null; oraclePrice?: null; hedgeOrder?: null; hedgeFill?: null; externalPrice?: null; hedgeReject?: null; fault: faultline.v1.FaultCommand.$Shape; shutdown?: null; ping?: null; pong?: null }|{ body?: "shutdown"; tx?: null; txCommitted?: null; proposal?: null; vote?: null; commitCertificate?: null; committedBlock?: null; blockRequest?: null; blockResponse?: null; status?: null; txBatch?: null; fill?: null; accountUpdate?: null; marketStatus?: null; liquidationResult?: null; stateHash?: null; blockExecuted?: null; oraclePrice?: null; hedgeOrder?: null; hedgeFill?: null; externalPrice?: null; hedgeReject?: null; fault?: null; shutdown: faultline.v1.Shutdown.$Shape; ping?: null; pong?: null }|{ body?: "ping"; tx?: null; txCommitted?: null; proposal?: null; vote?: null; commitCertificate?: null; committedBlock?: null; blockRequest?: null; blockResponse?: null; status?: null; txBatch?: null; fill?: null; accountUpdate?: null; marketStatus?: null; liquidationResult?: null; stateHash?: null; blockExecuted?: null; oraclePrice?: null; hedgeOrder?: null; hedgeFill?: null; externalPrice?: null; hedgeReject?: null; fault?: null; shutdown?: null; ping: faultline.v1.Ping.$Shape; pong?: null }|{ body?: "pong"; tx?: null; txCommitted?: null; proposal?: null; vote?: null; commitCertificate?: null; committedBlock?: null; blockRequest?: null; blockResponse?: null; status?: null; txBatch?: null; fill?: null; accountUpdate?: null; marketStatus?: null; liquidationResult?: null; stateHash?: null; blockExecuted?: null; oraclePrice?: null; hedgeOrder?: null; hedgeFill?: null; externalPrice?: null; hedgeReject?: null; fault?: null; shutdown?: null; ping?: null; pong: faultline.v1.Pong.$Shape })
             * )} faultline.v1.Envelope.$Shape
             */

            /**
             * Constructs a new Envelope.
             * @memberof faultline.v1
             * @classdesc Represents an Envelope.
             * @constructor
             * @param {faultline.v1.Envelope.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const Envelope = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * Envelope runId.
             * @member {string} runId
             * @memberof faultline.v1.Envelope
             * @instance
             */
            Envelope.prototype.runId = "";

            /**
             * Envelope sender.
             * @member {string} sender
             * @memberof faultline.v1.Envelope
             * @instance
             */
            Envelope.prototype.sender = "";

            /**
             * Envelope seq.
             * @member {number} seq
             * @memberof faultline.v1.Envelope
             * @instance
             */
            Envelope.prototype.seq = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * Envelope lamport.
             * @member {number} lamport
             * @memberof faultline.v1.Envelope
             * @instance
             */
            Envelope.prototype.lamport = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * Envelope sentAtUs.
             * @member {number} sentAtUs
             * @memberof faultline.v1.Envelope
             * @instance
             */
            Envelope.prototype.sentAtUs = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

            /**
             * Envelope tx.
             * @member {faultline.v1.Transaction.$Properties|null|undefined} tx
             * @memberof faultline.v1.Envelope
             * @instance
             */
            Envelope.prototype.tx = null;

            /**
             * Envelope txCommitted.
             * @member {faultline.v1.TxCommitted.$Properties|null|undefined} txCommitted
             * @memberof faultline.v1.Envelope
             * @instance
             */
            Envelope.prototype.txCommitted = null;

            /**
             * Envelope proposal.
             * @member {faultline.v1.Proposal.$Properties|null|undefined} proposal
             * @memberof faultline.v1.Envelope
             * @instance
             */
            Envelope.prototype.proposal = null;

            /**
             * Envelope vote.
             * @member {faultline.v1.Vote.$Properties|null|undefined} vote
             * @memberof faultline.v1.Envelope
             * @instance
             */
            Envelope.prototype.vote = null;

            /**
             * Envelope commitCertificate.
             * @member {faultline.v1.CommitCertificate.$Properties|null|undefined} commitCertificate
             * @memberof faultline.v1.Envelope
             * @instance
             */
            Envelope.prototype.commitCertificate = null;

            /**
             * Envelope committedBlock.
             * @member {faultline.v1.CommittedBlock.$Properties|null|undefined} committedBlock
             * @memberof faultline.v1.Envelope
             * @instance
             */
            Envelope.prototype.committedBlock = null;

            /**
             * Envelope blockRequest.
             * @member {faultline.v1.BlockRequest.$Properties|null|undefined} blockRequest
             * @memberof faultline.v1.Envelope
             * @instance
             */
            Envelope.prototype.blockRequest = null;

            /**
             * Envelope blockResponse.
             * @member {faultline.v1.BlockResponse.$Properties|null|undefined} blockResponse
             * @memberof faultline.v1.Envelope
             * @instance
             */
            Envelope.prototype.blockResponse = null;

            /**
             * Envelope status.
             * @member {faultline.v1.StatusAnnounce.$Properties|null|undefined} status
             * @memberof faultline.v1.Envelope
             * @instance
             */
            Envelope.prototype.status = null;

            /**
             * Envelope txBatch.
             * @member {faultline.v1.TxBatch.$Properties|null|undefined} txBatch
             * @memberof faultline.v1.Envelope
             * @instance
             */
            Envelope.prototype.txBatch = null;

            /**
             * Envelope fill.
             * @member {faultline.v1.Fill.$Properties|null|undefined} fill
             * @memberof faultline.v1.Envelope
             * @instance
             */
            Envelope.prototype.fill = null;

            /**
             * Envelope accountUpdate.
             * @member {faultline.v1.AccountUpdate.$Properties|null|undefined} accountUpdate
             * @memberof faultline.v1.Envelope
             * @instance
             */
            Envelope.prototype.accountUpdate = null;

            /**
             * Envelope marketStatus.
             * @member {faultline.v1.MarketStatus.$Properties|null|undefined} marketStatus
             * @memberof faultline.v1.Envelope
             * @instance
             */
            Envelope.prototype.marketStatus = null;

            /**
             * Envelope liquidationResult.
             * @member {faultline.v1.LiquidationResult.$Properties|null|undefined} liquidationResult
             * @memberof faultline.v1.Envelope
             * @instance
             */
            Envelope.prototype.liquidationResult = null;

            /**
             * Envelope stateHash.
             * @member {faultline.v1.StateHash.$Properties|null|undefined} stateHash
             * @memberof faultline.v1.Envelope
             * @instance
             */
            Envelope.prototype.stateHash = null;

            /**
             * Envelope blockExecuted.
             * @member {faultline.v1.BlockExecuted.$Properties|null|undefined} blockExecuted
             * @memberof faultline.v1.Envelope
             * @instance
             */
            Envelope.prototype.blockExecuted = null;

            /**
             * Envelope oraclePrice.
             * @member {faultline.v1.OraclePrice.$Properties|null|undefined} oraclePrice
             * @memberof faultline.v1.Envelope
             * @instance
             */
            Envelope.prototype.oraclePrice = null;

            /**
             * Envelope hedgeOrder.
             * @member {faultline.v1.HedgeOrder.$Properties|null|undefined} hedgeOrder
             * @memberof faultline.v1.Envelope
             * @instance
             */
            Envelope.prototype.hedgeOrder = null;

            /**
             * Envelope hedgeFill.
             * @member {faultline.v1.HedgeFill.$Properties|null|undefined} hedgeFill
             * @memberof faultline.v1.Envelope
             * @instance
             */
            Envelope.prototype.hedgeFill = null;

            /**
             * Envelope externalPrice.
             * @member {faultline.v1.ExternalPriceTick.$Properties|null|undefined} externalPrice
             * @memberof faultline.v1.Envelope
             * @instance
             */
            Envelope.prototype.externalPrice = null;

            /**
             * Envelope hedgeReject.
             * @member {faultline.v1.HedgeReject.$Properties|null|undefined} hedgeReject
             * @memberof faultline.v1.Envelope
             * @instance
             */
            Envelope.prototype.hedgeReject = null;

            /**
             * Envelope fault.
             * @member {faultline.v1.FaultCommand.$Properties|null|undefined} fault
             * @memberof faultline.v1.Envelope
             * @instance
             */
            Envelope.prototype.fault = null;

            /**
             * Envelope shutdown.
             * @member {faultline.v1.Shutdown.$Properties|null|undefined} shutdown
             * @memberof faultline.v1.Envelope
             * @instance
             */
            Envelope.prototype.shutdown = null;

            /**
             * Envelope ping.
             * @member {faultline.v1.Ping.$Properties|null|undefined} ping
             * @memberof faultline.v1.Envelope
             * @instance
             */
            Envelope.prototype.ping = null;

            /**
             * Envelope pong.
             * @member {faultline.v1.Pong.$Properties|null|undefined} pong
             * @memberof faultline.v1.Envelope
             * @instance
             */
            Envelope.prototype.pong = null;

            // OneOf field names bound to virtual getters and setters
            let $oneOfFields;

            /**
             * Envelope body.
             * @member {"tx"|"txCommitted"|"proposal"|"vote"|"commitCertificate"|"committedBlock"|"blockRequest"|"blockResponse"|"status"|"txBatch"|"fill"|"accountUpdate"|"marketStatus"|"liquidationResult"|"stateHash"|"blockExecuted"|"oraclePrice"|"hedgeOrder"|"hedgeFill"|"externalPrice"|"hedgeReject"|"fault"|"shutdown"|"ping"|"pong"|undefined} body
             * @memberof faultline.v1.Envelope
             * @instance
             */
            $Object.defineProperty(Envelope.prototype, "body", {
                get: $util.oneOfGetter($oneOfFields = ["tx", "txCommitted", "proposal", "vote", "commitCertificate", "committedBlock", "blockRequest", "blockResponse", "status", "txBatch", "fill", "accountUpdate", "marketStatus", "liquidationResult", "stateHash", "blockExecuted", "oraclePrice", "hedgeOrder", "hedgeFill", "externalPrice", "hedgeReject", "fault", "shutdown", "ping", "pong"]),
                set: $util.oneOfSetter($oneOfFields)
            });

            /**
             * Creates a new Envelope instance using the specified properties.
             * @function create
             * @memberof faultline.v1.Envelope
             * @static
             * @param {faultline.v1.Envelope.$Properties=} [properties] Properties to set
             * @returns {faultline.v1.Envelope} Envelope instance
             * @type {{
             *   (properties: faultline.v1.Envelope.$Shape): faultline.v1.Envelope & faultline.v1.Envelope.$Shape;
             *   (properties?: faultline.v1.Envelope.$Properties): faultline.v1.Envelope;
             * }}
             */
            Envelope.create = function(properties) {
                return new Envelope(properties);
            };

            /**
             * Encodes the specified Envelope message. Does not implicitly {@link faultline.v1.Envelope.verify|verify} messages.
             * @function encode
             * @memberof faultline.v1.Envelope
             * @static
             * @param {faultline.v1.Envelope.$Properties} message Envelope message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Envelope.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.runId != null && $Object.hasOwnProperty.call(message, "runId") && message.runId !== "")
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.runId);
                if (message.sender != null && $Object.hasOwnProperty.call(message, "sender") && message.sender !== "")
                    writer.uint32(/* id 2, wireType 2 =*/18).string(message.sender);
                if (message.seq != null && $Object.hasOwnProperty.call(message, "seq") && (typeof message.seq === "object" ? message.seq.low || message.seq.high : message.seq !== 0))
                    writer.uint32(/* id 3, wireType 0 =*/24).uint64(message.seq);
                if (message.lamport != null && $Object.hasOwnProperty.call(message, "lamport") && (typeof message.lamport === "object" ? message.lamport.low || message.lamport.high : message.lamport !== 0))
                    writer.uint32(/* id 4, wireType 0 =*/32).uint64(message.lamport);
                if (message.sentAtUs != null && $Object.hasOwnProperty.call(message, "sentAtUs") && (typeof message.sentAtUs === "object" ? message.sentAtUs.low || message.sentAtUs.high : message.sentAtUs !== 0))
                    writer.uint32(/* id 5, wireType 0 =*/40).int64(message.sentAtUs);
                if (message.tx != null && $Object.hasOwnProperty.call(message, "tx"))
                    $root.faultline.v1.Transaction.encode(message.tx, writer.uint32(/* id 10, wireType 2 =*/82).fork(), _depth + 1).ldelim();
                if (message.txCommitted != null && $Object.hasOwnProperty.call(message, "txCommitted"))
                    $root.faultline.v1.TxCommitted.encode(message.txCommitted, writer.uint32(/* id 11, wireType 2 =*/90).fork(), _depth + 1).ldelim();
                if (message.proposal != null && $Object.hasOwnProperty.call(message, "proposal"))
                    $root.faultline.v1.Proposal.encode(message.proposal, writer.uint32(/* id 20, wireType 2 =*/162).fork(), _depth + 1).ldelim();
                if (message.vote != null && $Object.hasOwnProperty.call(message, "vote"))
                    $root.faultline.v1.Vote.encode(message.vote, writer.uint32(/* id 21, wireType 2 =*/170).fork(), _depth + 1).ldelim();
                if (message.commitCertificate != null && $Object.hasOwnProperty.call(message, "commitCertificate"))
                    $root.faultline.v1.CommitCertificate.encode(message.commitCertificate, writer.uint32(/* id 22, wireType 2 =*/178).fork(), _depth + 1).ldelim();
                if (message.committedBlock != null && $Object.hasOwnProperty.call(message, "committedBlock"))
                    $root.faultline.v1.CommittedBlock.encode(message.committedBlock, writer.uint32(/* id 23, wireType 2 =*/186).fork(), _depth + 1).ldelim();
                if (message.blockRequest != null && $Object.hasOwnProperty.call(message, "blockRequest"))
                    $root.faultline.v1.BlockRequest.encode(message.blockRequest, writer.uint32(/* id 24, wireType 2 =*/194).fork(), _depth + 1).ldelim();
                if (message.blockResponse != null && $Object.hasOwnProperty.call(message, "blockResponse"))
                    $root.faultline.v1.BlockResponse.encode(message.blockResponse, writer.uint32(/* id 25, wireType 2 =*/202).fork(), _depth + 1).ldelim();
                if (message.status != null && $Object.hasOwnProperty.call(message, "status"))
                    $root.faultline.v1.StatusAnnounce.encode(message.status, writer.uint32(/* id 26, wireType 2 =*/210).fork(), _depth + 1).ldelim();
                if (message.txBatch != null && $Object.hasOwnProperty.call(message, "txBatch"))
                    $root.faultline.v1.TxBatch.encode(message.txBatch, writer.uint32(/* id 27, wireType 2 =*/218).fork(), _depth + 1).ldelim();
                if (message.fill != null && $Object.hasOwnProperty.call(message, "fill"))
                    $root.faultline.v1.Fill.encode(message.fill, writer.uint32(/* id 40, wireType 2 =*/322).fork(), _depth + 1).ldelim();
                if (message.accountUpdate != null && $Object.hasOwnProperty.call(message, "accountUpdate"))
                    $root.faultline.v1.AccountUpdate.encode(message.accountUpdate, writer.uint32(/* id 41, wireType 2 =*/330).fork(), _depth + 1).ldelim();
                if (message.marketStatus != null && $Object.hasOwnProperty.call(message, "marketStatus"))
                    $root.faultline.v1.MarketStatus.encode(message.marketStatus, writer.uint32(/* id 42, wireType 2 =*/338).fork(), _depth + 1).ldelim();
                if (message.liquidationResult != null && $Object.hasOwnProperty.call(message, "liquidationResult"))
                    $root.faultline.v1.LiquidationResult.encode(message.liquidationResult, writer.uint32(/* id 43, wireType 2 =*/346).fork(), _depth + 1).ldelim();
                if (message.stateHash != null && $Object.hasOwnProperty.call(message, "stateHash"))
                    $root.faultline.v1.StateHash.encode(message.stateHash, writer.uint32(/* id 44, wireType 2 =*/354).fork(), _depth + 1).ldelim();
                if (message.blockExecuted != null && $Object.hasOwnProperty.call(message, "blockExecuted"))
                    $root.faultline.v1.BlockExecuted.encode(message.blockExecuted, writer.uint32(/* id 45, wireType 2 =*/362).fork(), _depth + 1).ldelim();
                if (message.oraclePrice != null && $Object.hasOwnProperty.call(message, "oraclePrice"))
                    $root.faultline.v1.OraclePrice.encode(message.oraclePrice, writer.uint32(/* id 46, wireType 2 =*/370).fork(), _depth + 1).ldelim();
                if (message.hedgeOrder != null && $Object.hasOwnProperty.call(message, "hedgeOrder"))
                    $root.faultline.v1.HedgeOrder.encode(message.hedgeOrder, writer.uint32(/* id 60, wireType 2 =*/482).fork(), _depth + 1).ldelim();
                if (message.hedgeFill != null && $Object.hasOwnProperty.call(message, "hedgeFill"))
                    $root.faultline.v1.HedgeFill.encode(message.hedgeFill, writer.uint32(/* id 61, wireType 2 =*/490).fork(), _depth + 1).ldelim();
                if (message.externalPrice != null && $Object.hasOwnProperty.call(message, "externalPrice"))
                    $root.faultline.v1.ExternalPriceTick.encode(message.externalPrice, writer.uint32(/* id 62, wireType 2 =*/498).fork(), _depth + 1).ldelim();
                if (message.hedgeReject != null && $Object.hasOwnProperty.call(message, "hedgeReject"))
                    $root.faultline.v1.HedgeReject.encode(message.hedgeReject, writer.uint32(/* id 63, wireType 2 =*/506).fork(), _depth + 1).ldelim();
                if (message.fault != null && $Object.hasOwnProperty.call(message, "fault"))
                    $root.faultline.v1.FaultCommand.encode(message.fault, writer.uint32(/* id 70, wireType 2 =*/562).fork(), _depth + 1).ldelim();
                if (message.shutdown != null && $Object.hasOwnProperty.call(message, "shutdown"))
                    $root.faultline.v1.Shutdown.encode(message.shutdown, writer.uint32(/* id 71, wireType 2 =*/570).fork(), _depth + 1).ldelim();
                if (message.ping != null && $Object.hasOwnProperty.call(message, "ping"))
                    $root.faultline.v1.Ping.encode(message.ping, writer.uint32(/* id 90, wireType 2 =*/722).fork(), _depth + 1).ldelim();
                if (message.pong != null && $Object.hasOwnProperty.call(message, "pong"))
                    $root.faultline.v1.Pong.encode(message.pong, writer.uint32(/* id 91, wireType 2 =*/730).fork(), _depth + 1).ldelim();
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Encodes the specified Envelope message, length delimited. Does not implicitly {@link faultline.v1.Envelope.verify|verify} messages.
             * @function encodeDelimited
             * @memberof faultline.v1.Envelope
             * @static
             * @param {faultline.v1.Envelope.$Properties} message Envelope message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Envelope.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            /**
             * Decodes an Envelope message from the specified reader or buffer.
             * @function decode
             * @memberof faultline.v1.Envelope
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {faultline.v1.Envelope & faultline.v1.Envelope.$Shape} Envelope
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Envelope.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.faultline.v1.Envelope();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.runId = value;
                            else
                                delete message.runId;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.sender = value;
                            else
                                delete message.sender;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = $readuint64(reader)) === "object" ? value.low || value.high : value !== 0)
                                message.seq = value;
                            else
                                delete message.seq;
                            continue;
                        }
                    case 4: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = $readuint64(reader)) === "object" ? value.low || value.high : value !== 0)
                                message.lamport = value;
                            else
                                delete message.lamport;
                            continue;
                        }
                    case 5: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = $readint64(reader)) === "object" ? value.low || value.high : value !== 0)
                                message.sentAtUs = value;
                            else
                                delete message.sentAtUs;
                            continue;
                        }
                    case 10: {
                            if (wireType !== 2)
                                break;
                            message.tx = $root.faultline.v1.Transaction.decode(reader, reader.size(), $undefined, _depth + 1, message.tx);
                            continue;
                        }
                    case 11: {
                            if (wireType !== 2)
                                break;
                            message.txCommitted = $root.faultline.v1.TxCommitted.decode(reader, reader.size(), $undefined, _depth + 1, message.txCommitted);
                            continue;
                        }
                    case 20: {
                            if (wireType !== 2)
                                break;
                            message.proposal = $root.faultline.v1.Proposal.decode(reader, reader.size(), $undefined, _depth + 1, message.proposal);
                            continue;
                        }
                    case 21: {
                            if (wireType !== 2)
                                break;
                            message.vote = $root.faultline.v1.Vote.decode(reader, reader.size(), $undefined, _depth + 1, message.vote);
                            continue;
                        }
                    case 22: {
                            if (wireType !== 2)
                                break;
                            message.commitCertificate = $root.faultline.v1.CommitCertificate.decode(reader, reader.size(), $undefined, _depth + 1, message.commitCertificate);
                            continue;
                        }
                    case 23: {
                            if (wireType !== 2)
                                break;
                            message.committedBlock = $root.faultline.v1.CommittedBlock.decode(reader, reader.size(), $undefined, _depth + 1, message.committedBlock);
                            continue;
                        }
                    case 24: {
                            if (wireType !== 2)
                                break;
                            message.blockRequest = $root.faultline.v1.BlockRequest.decode(reader, reader.size(), $undefined, _depth + 1, message.blockRequest);
                            continue;
                        }
                    case 25: {
                            if (wireType !== 2)
                                break;
                            message.blockResponse = $root.faultline.v1.BlockResponse.decode(reader, reader.size(), $undefined, _depth + 1, message.blockResponse);
                            continue;
                        }
                    case 26: {
                            if (wireType !== 2)
                                break;
                            message.status = $root.faultline.v1.StatusAnnounce.decode(reader, reader.size(), $undefined, _depth + 1, message.status);
                            continue;
                        }
                    case 27: {
                            if (wireType !== 2)
                                break;
                            message.txBatch = $root.faultline.v1.TxBatch.decode(reader, reader.size(), $undefined, _depth + 1, message.txBatch);
                            continue;
                        }
                    case 40: {
                            if (wireType !== 2)
                                break;
                            message.fill = $root.faultline.v1.Fill.decode(reader, reader.size(), $undefined, _depth + 1, message.fill);
                            continue;
                        }
                    case 41: {
                            if (wireType !== 2)
                                break;
                            message.accountUpdate = $root.faultline.v1.AccountUpdate.decode(reader, reader.size(), $undefined, _depth + 1, message.accountUpdate);
                            continue;
                        }
                    case 42: {
                            if (wireType !== 2)
                                break;
                            message.marketStatus = $root.faultline.v1.MarketStatus.decode(reader, reader.size(), $undefined, _depth + 1, message.marketStatus);
                            continue;
                        }
                    case 43: {
                            if (wireType !== 2)
                                break;
                            message.liquidationResult = $root.faultline.v1.LiquidationResult.decode(reader, reader.size(), $undefined, _depth + 1, message.liquidationResult);
                            continue;
                        }
                    case 44: {
                            if (wireType !== 2)
                                break;
                            message.stateHash = $root.faultline.v1.StateHash.decode(reader, reader.size(), $undefined, _depth + 1, message.stateHash);
                            continue;
                        }
                    case 45: {
                            if (wireType !== 2)
                                break;
                            message.blockExecuted = $root.faultline.v1.BlockExecuted.decode(reader, reader.size(), $undefined, _depth + 1, message.blockExecuted);
                            continue;
                        }
                    case 46: {
                            if (wireType !== 2)
                                break;
                            message.oraclePrice = $root.faultline.v1.OraclePrice.decode(reader, reader.size(), $undefined, _depth + 1, message.oraclePrice);
                            continue;
                        }
                    case 60: {
                            if (wireType !== 2)
                                break;
                            message.hedgeOrder = $root.faultline.v1.HedgeOrder.decode(reader, reader.size(), $undefined, _depth + 1, message.hedgeOrder);
                            continue;
                        }
                    case 61: {
                            if (wireType !== 2)
                                break;
                            message.hedgeFill = $root.faultline.v1.HedgeFill.decode(reader, reader.size(), $undefined, _depth + 1, message.hedgeFill);
                            continue;
                        }
                    case 62: {
                            if (wireType !== 2)
                                break;
                            message.externalPrice = $root.faultline.v1.ExternalPriceTick.decode(reader, reader.size(), $undefined, _depth + 1, message.externalPrice);
                            continue;
                        }
                    case 63: {
                            if (wireType !== 2)
                                break;
                            message.hedgeReject = $root.faultline.v1.HedgeReject.decode(reader, reader.size(), $undefined, _depth + 1, message.hedgeReject);
                            continue;
                        }
                    case 70: {
                            if (wireType !== 2)
                                break;
                            message.fault = $root.faultline.v1.FaultCommand.decode(reader, reader.size(), $undefined, _depth + 1, message.fault);
                            continue;
                        }
                    case 71: {
                            if (wireType !== 2)
                                break;
                            message.shutdown = $root.faultline.v1.Shutdown.decode(reader, reader.size(), $undefined, _depth + 1, message.shutdown);
                            continue;
                        }
                    case 90: {
                            if (wireType !== 2)
                                break;
                            message.ping = $root.faultline.v1.Ping.decode(reader, reader.size(), $undefined, _depth + 1, message.ping);
                            continue;
                        }
                    case 91: {
                            if (wireType !== 2)
                                break;
                            message.pong = $root.faultline.v1.Pong.decode(reader, reader.size(), $undefined, _depth + 1, message.pong);
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Decodes an Envelope message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof faultline.v1.Envelope
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {faultline.v1.Envelope & faultline.v1.Envelope.$Shape} Envelope
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Envelope.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            return Envelope;
        })();

        /**
         * Side enum.
         * @name faultline.v1.Side
         * @enum {number}
         * @property {number} SIDE_UNSPECIFIED=0 SIDE_UNSPECIFIED value
         * @property {number} SIDE_BUY=1 SIDE_BUY value
         * @property {number} SIDE_SELL=2 SIDE_SELL value
         */
        v1.Side = (function() {
            const valuesById = $Object.create(null), values = $Object.create(valuesById);
            values[valuesById[0] = "SIDE_UNSPECIFIED"] = 0;
            values[valuesById[1] = "SIDE_BUY"] = 1;
            values[valuesById[2] = "SIDE_SELL"] = 2;
            return values;
        })();

        /**
         * OrderType enum.
         * @name faultline.v1.OrderType
         * @enum {number}
         * @property {number} ORDER_TYPE_UNSPECIFIED=0 ORDER_TYPE_UNSPECIFIED value
         * @property {number} ORDER_TYPE_LIMIT=1 ORDER_TYPE_LIMIT value
         * @property {number} ORDER_TYPE_MARKET=2 ORDER_TYPE_MARKET value
         */
        v1.OrderType = (function() {
            const valuesById = $Object.create(null), values = $Object.create(valuesById);
            values[valuesById[0] = "ORDER_TYPE_UNSPECIFIED"] = 0;
            values[valuesById[1] = "ORDER_TYPE_LIMIT"] = 1;
            values[valuesById[2] = "ORDER_TYPE_MARKET"] = 2;
            return values;
        })();

        /**
         * TimeInForce enum.
         * @name faultline.v1.TimeInForce
         * @enum {number}
         * @property {number} TIME_IN_FORCE_UNSPECIFIED=0 TIME_IN_FORCE_UNSPECIFIED value
         * @property {number} TIME_IN_FORCE_GTC=1 TIME_IN_FORCE_GTC value
         * @property {number} TIME_IN_FORCE_IOC=2 TIME_IN_FORCE_IOC value
         * @property {number} TIME_IN_FORCE_FOK=3 TIME_IN_FORCE_FOK value
         * @property {number} TIME_IN_FORCE_POST_ONLY=4 TIME_IN_FORCE_POST_ONLY value
         */
        v1.TimeInForce = (function() {
            const valuesById = $Object.create(null), values = $Object.create(valuesById);
            values[valuesById[0] = "TIME_IN_FORCE_UNSPECIFIED"] = 0;
            values[valuesById[1] = "TIME_IN_FORCE_GTC"] = 1;
            values[valuesById[2] = "TIME_IN_FORCE_IOC"] = 2;
            values[valuesById[3] = "TIME_IN_FORCE_FOK"] = 3;
            values[valuesById[4] = "TIME_IN_FORCE_POST_ONLY"] = 4;
            return values;
        })();

        v1.PlaceOrder = (function() {

            /**
             * Properties of a PlaceOrder.
             * @typedef {Object} faultline.v1.PlaceOrder.$Properties
             * @property {string|null} [accountId] PlaceOrder accountId
             * @property {number|null} [marketId] PlaceOrder marketId
             * @property {number|null} [clientOrderId] PlaceOrder clientOrderId
             * @property {faultline.v1.Side|null} [side] PlaceOrder side
             * @property {faultline.v1.OrderType|null} [type] PlaceOrder type
             * @property {faultline.v1.TimeInForce|null} [timeInForce] PlaceOrder timeInForce
             * @property {number|null} [priceTicks] PlaceOrder priceTicks
             * @property {number|null} [sizeLots] PlaceOrder sizeLots
             * @property {boolean|null} [reduceOnly] PlaceOrder reduceOnly
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a PlaceOrder.
             * @memberof faultline.v1
             * @interface IPlaceOrder
             * @augments faultline.v1.PlaceOrder.$Properties
             * @deprecated Use faultline.v1.PlaceOrder.$Properties instead.
             */

            /**
             * Shape of a PlaceOrder.
             * @typedef {faultline.v1.PlaceOrder.$Properties} faultline.v1.PlaceOrder.$Shape
             */

            /**
             * Constructs a new PlaceOrder.
             * @memberof faultline.v1
             * @classdesc Represents a PlaceOrder.
             * @constructor
             * @param {faultline.v1.PlaceOrder.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const PlaceOrder = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * PlaceOrder accountId.
             * @member {string} accountId
             * @memberof faultline.v1.PlaceOrder
             * @instance
             */
            PlaceOrder.prototype.accountId = "";

            /**
             * PlaceOrder marketId.
             * @member {number} marketId
             * @memberof faultline.v1.PlaceOrder
             * @instance
             */
            PlaceOrder.prototype.marketId = 0;

            /**
             * PlaceOrder clientOrderId.
             * @member {number} clientOrderId
             * @memberof faultline.v1.PlaceOrder
             * @instance
             */
            PlaceOrder.prototype.clientOrderId = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * PlaceOrder side.
             * @member {faultline.v1.Side} side
             * @memberof faultline.v1.PlaceOrder
             * @instance
             */
            PlaceOrder.prototype.side = 0;

            /**
             * PlaceOrder type.
             * @member {faultline.v1.OrderType} type
             * @memberof faultline.v1.PlaceOrder
             * @instance
             */
            PlaceOrder.prototype.type = 0;

            /**
             * PlaceOrder timeInForce.
             * @member {faultline.v1.TimeInForce} timeInForce
             * @memberof faultline.v1.PlaceOrder
             * @instance
             */
            PlaceOrder.prototype.timeInForce = 0;

            /**
             * PlaceOrder priceTicks.
             * @member {number} priceTicks
             * @memberof faultline.v1.PlaceOrder
             * @instance
             */
            PlaceOrder.prototype.priceTicks = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

            /**
             * PlaceOrder sizeLots.
             * @member {number} sizeLots
             * @memberof faultline.v1.PlaceOrder
             * @instance
             */
            PlaceOrder.prototype.sizeLots = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

            /**
             * PlaceOrder reduceOnly.
             * @member {boolean} reduceOnly
             * @memberof faultline.v1.PlaceOrder
             * @instance
             */
            PlaceOrder.prototype.reduceOnly = false;

            /**
             * Creates a new PlaceOrder instance using the specified properties.
             * @function create
             * @memberof faultline.v1.PlaceOrder
             * @static
             * @param {faultline.v1.PlaceOrder.$Properties=} [properties] Properties to set
             * @returns {faultline.v1.PlaceOrder} PlaceOrder instance
             * @type {{
             *   (properties: faultline.v1.PlaceOrder.$Shape): faultline.v1.PlaceOrder & faultline.v1.PlaceOrder.$Shape;
             *   (properties?: faultline.v1.PlaceOrder.$Properties): faultline.v1.PlaceOrder;
             * }}
             */
            PlaceOrder.create = function(properties) {
                return new PlaceOrder(properties);
            };

            /**
             * Encodes the specified PlaceOrder message. Does not implicitly {@link faultline.v1.PlaceOrder.verify|verify} messages.
             * @function encode
             * @memberof faultline.v1.PlaceOrder
             * @static
             * @param {faultline.v1.PlaceOrder.$Properties} message PlaceOrder message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            PlaceOrder.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.accountId != null && $Object.hasOwnProperty.call(message, "accountId") && message.accountId !== "")
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.accountId);
                if (message.marketId != null && $Object.hasOwnProperty.call(message, "marketId") && message.marketId !== 0)
                    writer.uint32(/* id 2, wireType 0 =*/16).uint32(message.marketId);
                if (message.clientOrderId != null && $Object.hasOwnProperty.call(message, "clientOrderId") && (typeof message.clientOrderId === "object" ? message.clientOrderId.low || message.clientOrderId.high : message.clientOrderId !== 0))
                    writer.uint32(/* id 3, wireType 0 =*/24).uint64(message.clientOrderId);
                if (message.side != null && $Object.hasOwnProperty.call(message, "side") && message.side !== 0)
                    writer.uint32(/* id 4, wireType 0 =*/32).int32(message.side);
                if (message.type != null && $Object.hasOwnProperty.call(message, "type") && message.type !== 0)
                    writer.uint32(/* id 5, wireType 0 =*/40).int32(message.type);
                if (message.timeInForce != null && $Object.hasOwnProperty.call(message, "timeInForce") && message.timeInForce !== 0)
                    writer.uint32(/* id 6, wireType 0 =*/48).int32(message.timeInForce);
                if (message.priceTicks != null && $Object.hasOwnProperty.call(message, "priceTicks") && (typeof message.priceTicks === "object" ? message.priceTicks.low || message.priceTicks.high : message.priceTicks !== 0))
                    writer.uint32(/* id 7, wireType 0 =*/56).int64(message.priceTicks);
                if (message.sizeLots != null && $Object.hasOwnProperty.call(message, "sizeLots") && (typeof message.sizeLots === "object" ? message.sizeLots.low || message.sizeLots.high : message.sizeLots !== 0))
                    writer.uint32(/* id 8, wireType 0 =*/64).int64(message.sizeLots);
                if (message.reduceOnly != null && $Object.hasOwnProperty.call(message, "reduceOnly") && message.reduceOnly !== false)
                    writer.uint32(/* id 9, wireType 0 =*/72).bool(message.reduceOnly);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Encodes the specified PlaceOrder message, length delimited. Does not implicitly {@link faultline.v1.PlaceOrder.verify|verify} messages.
             * @function encodeDelimited
             * @memberof faultline.v1.PlaceOrder
             * @static
             * @param {faultline.v1.PlaceOrder.$Properties} message PlaceOrder message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            PlaceOrder.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            /**
             * Decodes a PlaceOrder message from the specified reader or buffer.
             * @function decode
             * @memberof faultline.v1.PlaceOrder
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {faultline.v1.PlaceOrder & faultline.v1.PlaceOrder.$Shape} PlaceOrder
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            PlaceOrder.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.faultline.v1.PlaceOrder();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.accountId = value;
                            else
                                delete message.accountId;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.marketId = value;
                            else
                                delete message.marketId;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = $readuint64(reader)) === "object" ? value.low || value.high : value !== 0)
                                message.clientOrderId = value;
                            else
                                delete message.clientOrderId;
                            continue;
                        }
                    case 4: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.int32())
                                message.side = value;
                            else
                                delete message.side;
                            continue;
                        }
                    case 5: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.int32())
                                message.type = value;
                            else
                                delete message.type;
                            continue;
                        }
                    case 6: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.int32())
                                message.timeInForce = value;
                            else
                                delete message.timeInForce;
                            continue;
                        }
                    case 7: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = $readint64(reader)) === "object" ? value.low || value.high : value !== 0)
                                message.priceTicks = value;
                            else
                                delete message.priceTicks;
                            continue;
                        }
                    case 8: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = $readint64(reader)) === "object" ? value.low || value.high : value !== 0)
                                message.sizeLots = value;
                            else
                                delete message.sizeLots;
                            continue;
                        }
                    case 9: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.bool())
                                message.reduceOnly = value;
                            else
                                delete message.reduceOnly;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Decodes a PlaceOrder message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof faultline.v1.PlaceOrder
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {faultline.v1.PlaceOrder & faultline.v1.PlaceOrder.$Shape} PlaceOrder
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            PlaceOrder.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            return PlaceOrder;
        })();

        v1.CancelOrder = (function() {

            /**
             * Properties of a CancelOrder.
             * @typedef {Object} faultline.v1.CancelOrder.$Properties
             * @property {string|null} [accountId] CancelOrder accountId
             * @property {number|null} [marketId] CancelOrder marketId
             * @property {number|null} [orderId] CancelOrder orderId
             * @property {number|null} [clientOrderId] CancelOrder clientOrderId
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a CancelOrder.
             * @memberof faultline.v1
             * @interface ICancelOrder
             * @augments faultline.v1.CancelOrder.$Properties
             * @deprecated Use faultline.v1.CancelOrder.$Properties instead.
             */

            /**
             * Shape of a CancelOrder.
             * @typedef {faultline.v1.CancelOrder.$Properties} faultline.v1.CancelOrder.$Shape
             */

            /**
             * Constructs a new CancelOrder.
             * @memberof faultline.v1
             * @classdesc Represents a CancelOrder.
             * @constructor
             * @param {faultline.v1.CancelOrder.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const CancelOrder = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * CancelOrder accountId.
             * @member {string} accountId
             * @memberof faultline.v1.CancelOrder
             * @instance
             */
            CancelOrder.prototype.accountId = "";

            /**
             * CancelOrder marketId.
             * @member {number} marketId
             * @memberof faultline.v1.CancelOrder
             * @instance
             */
            CancelOrder.prototype.marketId = 0;

            /**
             * CancelOrder orderId.
             * @member {number} orderId
             * @memberof faultline.v1.CancelOrder
             * @instance
             */
            CancelOrder.prototype.orderId = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * CancelOrder clientOrderId.
             * @member {number} clientOrderId
             * @memberof faultline.v1.CancelOrder
             * @instance
             */
            CancelOrder.prototype.clientOrderId = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * Creates a new CancelOrder instance using the specified properties.
             * @function create
             * @memberof faultline.v1.CancelOrder
             * @static
             * @param {faultline.v1.CancelOrder.$Properties=} [properties] Properties to set
             * @returns {faultline.v1.CancelOrder} CancelOrder instance
             * @type {{
             *   (properties: faultline.v1.CancelOrder.$Shape): faultline.v1.CancelOrder & faultline.v1.CancelOrder.$Shape;
             *   (properties?: faultline.v1.CancelOrder.$Properties): faultline.v1.CancelOrder;
             * }}
             */
            CancelOrder.create = function(properties) {
                return new CancelOrder(properties);
            };

            /**
             * Encodes the specified CancelOrder message. Does not implicitly {@link faultline.v1.CancelOrder.verify|verify} messages.
             * @function encode
             * @memberof faultline.v1.CancelOrder
             * @static
             * @param {faultline.v1.CancelOrder.$Properties} message CancelOrder message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            CancelOrder.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.accountId != null && $Object.hasOwnProperty.call(message, "accountId") && message.accountId !== "")
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.accountId);
                if (message.marketId != null && $Object.hasOwnProperty.call(message, "marketId") && message.marketId !== 0)
                    writer.uint32(/* id 2, wireType 0 =*/16).uint32(message.marketId);
                if (message.orderId != null && $Object.hasOwnProperty.call(message, "orderId") && (typeof message.orderId === "object" ? message.orderId.low || message.orderId.high : message.orderId !== 0))
                    writer.uint32(/* id 3, wireType 0 =*/24).uint64(message.orderId);
                if (message.clientOrderId != null && $Object.hasOwnProperty.call(message, "clientOrderId") && (typeof message.clientOrderId === "object" ? message.clientOrderId.low || message.clientOrderId.high : message.clientOrderId !== 0))
                    writer.uint32(/* id 4, wireType 0 =*/32).uint64(message.clientOrderId);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Encodes the specified CancelOrder message, length delimited. Does not implicitly {@link faultline.v1.CancelOrder.verify|verify} messages.
             * @function encodeDelimited
             * @memberof faultline.v1.CancelOrder
             * @static
             * @param {faultline.v1.CancelOrder.$Properties} message CancelOrder message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            CancelOrder.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            /**
             * Decodes a CancelOrder message from the specified reader or buffer.
             * @function decode
             * @memberof faultline.v1.CancelOrder
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {faultline.v1.CancelOrder & faultline.v1.CancelOrder.$Shape} CancelOrder
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            CancelOrder.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.faultline.v1.CancelOrder();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.accountId = value;
                            else
                                delete message.accountId;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.marketId = value;
                            else
                                delete message.marketId;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = $readuint64(reader)) === "object" ? value.low || value.high : value !== 0)
                                message.orderId = value;
                            else
                                delete message.orderId;
                            continue;
                        }
                    case 4: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = $readuint64(reader)) === "object" ? value.low || value.high : value !== 0)
                                message.clientOrderId = value;
                            else
                                delete message.clientOrderId;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Decodes a CancelOrder message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof faultline.v1.CancelOrder
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {faultline.v1.CancelOrder & faultline.v1.CancelOrder.$Shape} CancelOrder
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            CancelOrder.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            return CancelOrder;
        })();

        v1.CancelAll = (function() {

            /**
             * Properties of a CancelAll.
             * @typedef {Object} faultline.v1.CancelAll.$Properties
             * @property {string|null} [accountId] CancelAll accountId
             * @property {number|null} [marketId] CancelAll marketId
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a CancelAll.
             * @memberof faultline.v1
             * @interface ICancelAll
             * @augments faultline.v1.CancelAll.$Properties
             * @deprecated Use faultline.v1.CancelAll.$Properties instead.
             */

            /**
             * Shape of a CancelAll.
             * @typedef {faultline.v1.CancelAll.$Properties} faultline.v1.CancelAll.$Shape
             */

            /**
             * Constructs a new CancelAll.
             * @memberof faultline.v1
             * @classdesc Represents a CancelAll.
             * @constructor
             * @param {faultline.v1.CancelAll.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const CancelAll = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * CancelAll accountId.
             * @member {string} accountId
             * @memberof faultline.v1.CancelAll
             * @instance
             */
            CancelAll.prototype.accountId = "";

            /**
             * CancelAll marketId.
             * @member {number} marketId
             * @memberof faultline.v1.CancelAll
             * @instance
             */
            CancelAll.prototype.marketId = 0;

            /**
             * Creates a new CancelAll instance using the specified properties.
             * @function create
             * @memberof faultline.v1.CancelAll
             * @static
             * @param {faultline.v1.CancelAll.$Properties=} [properties] Properties to set
             * @returns {faultline.v1.CancelAll} CancelAll instance
             * @type {{
             *   (properties: faultline.v1.CancelAll.$Shape): faultline.v1.CancelAll & faultline.v1.CancelAll.$Shape;
             *   (properties?: faultline.v1.CancelAll.$Properties): faultline.v1.CancelAll;
             * }}
             */
            CancelAll.create = function(properties) {
                return new CancelAll(properties);
            };

            /**
             * Encodes the specified CancelAll message. Does not implicitly {@link faultline.v1.CancelAll.verify|verify} messages.
             * @function encode
             * @memberof faultline.v1.CancelAll
             * @static
             * @param {faultline.v1.CancelAll.$Properties} message CancelAll message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            CancelAll.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.accountId != null && $Object.hasOwnProperty.call(message, "accountId") && message.accountId !== "")
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.accountId);
                if (message.marketId != null && $Object.hasOwnProperty.call(message, "marketId") && message.marketId !== 0)
                    writer.uint32(/* id 2, wireType 0 =*/16).uint32(message.marketId);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Encodes the specified CancelAll message, length delimited. Does not implicitly {@link faultline.v1.CancelAll.verify|verify} messages.
             * @function encodeDelimited
             * @memberof faultline.v1.CancelAll
             * @static
             * @param {faultline.v1.CancelAll.$Properties} message CancelAll message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            CancelAll.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            /**
             * Decodes a CancelAll message from the specified reader or buffer.
             * @function decode
             * @memberof faultline.v1.CancelAll
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {faultline.v1.CancelAll & faultline.v1.CancelAll.$Shape} CancelAll
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            CancelAll.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.faultline.v1.CancelAll();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.accountId = value;
                            else
                                delete message.accountId;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.marketId = value;
                            else
                                delete message.marketId;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Decodes a CancelAll message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof faultline.v1.CancelAll
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {faultline.v1.CancelAll & faultline.v1.CancelAll.$Shape} CancelAll
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            CancelAll.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            return CancelAll;
        })();

        v1.Deposit = (function() {

            /**
             * Properties of a Deposit.
             * @typedef {Object} faultline.v1.Deposit.$Properties
             * @property {string|null} [accountId] Deposit accountId
             * @property {number|null} [amount] Deposit amount
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a Deposit.
             * @memberof faultline.v1
             * @interface IDeposit
             * @augments faultline.v1.Deposit.$Properties
             * @deprecated Use faultline.v1.Deposit.$Properties instead.
             */

            /**
             * Shape of a Deposit.
             * @typedef {faultline.v1.Deposit.$Properties} faultline.v1.Deposit.$Shape
             */

            /**
             * Constructs a new Deposit.
             * @memberof faultline.v1
             * @classdesc Represents a Deposit.
             * @constructor
             * @param {faultline.v1.Deposit.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const Deposit = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * Deposit accountId.
             * @member {string} accountId
             * @memberof faultline.v1.Deposit
             * @instance
             */
            Deposit.prototype.accountId = "";

            /**
             * Deposit amount.
             * @member {number} amount
             * @memberof faultline.v1.Deposit
             * @instance
             */
            Deposit.prototype.amount = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

            /**
             * Creates a new Deposit instance using the specified properties.
             * @function create
             * @memberof faultline.v1.Deposit
             * @static
             * @param {faultline.v1.Deposit.$Properties=} [properties] Properties to set
             * @returns {faultline.v1.Deposit} Deposit instance
             * @type {{
             *   (properties: faultline.v1.Deposit.$Shape): faultline.v1.Deposit & faultline.v1.Deposit.$Shape;
             *   (properties?: faultline.v1.Deposit.$Properties): faultline.v1.Deposit;
             * }}
             */
            Deposit.create = function(properties) {
                return new Deposit(properties);
            };

            /**
             * Encodes the specified Deposit message. Does not implicitly {@link faultline.v1.Deposit.verify|verify} messages.
             * @function encode
             * @memberof faultline.v1.Deposit
             * @static
             * @param {faultline.v1.Deposit.$Properties} message Deposit message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Deposit.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.accountId != null && $Object.hasOwnProperty.call(message, "accountId") && message.accountId !== "")
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.accountId);
                if (message.amount != null && $Object.hasOwnProperty.call(message, "amount") && (typeof message.amount === "object" ? message.amount.low || message.amount.high : message.amount !== 0))
                    writer.uint32(/* id 2, wireType 0 =*/16).int64(message.amount);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Encodes the specified Deposit message, length delimited. Does not implicitly {@link faultline.v1.Deposit.verify|verify} messages.
             * @function encodeDelimited
             * @memberof faultline.v1.Deposit
             * @static
             * @param {faultline.v1.Deposit.$Properties} message Deposit message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Deposit.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            /**
             * Decodes a Deposit message from the specified reader or buffer.
             * @function decode
             * @memberof faultline.v1.Deposit
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {faultline.v1.Deposit & faultline.v1.Deposit.$Shape} Deposit
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Deposit.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.faultline.v1.Deposit();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.accountId = value;
                            else
                                delete message.accountId;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = $readint64(reader)) === "object" ? value.low || value.high : value !== 0)
                                message.amount = value;
                            else
                                delete message.amount;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Decodes a Deposit message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof faultline.v1.Deposit
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {faultline.v1.Deposit & faultline.v1.Deposit.$Shape} Deposit
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Deposit.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            return Deposit;
        })();

        v1.Withdraw = (function() {

            /**
             * Properties of a Withdraw.
             * @typedef {Object} faultline.v1.Withdraw.$Properties
             * @property {string|null} [accountId] Withdraw accountId
             * @property {number|null} [amount] Withdraw amount
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a Withdraw.
             * @memberof faultline.v1
             * @interface IWithdraw
             * @augments faultline.v1.Withdraw.$Properties
             * @deprecated Use faultline.v1.Withdraw.$Properties instead.
             */

            /**
             * Shape of a Withdraw.
             * @typedef {faultline.v1.Withdraw.$Properties} faultline.v1.Withdraw.$Shape
             */

            /**
             * Constructs a new Withdraw.
             * @memberof faultline.v1
             * @classdesc Represents a Withdraw.
             * @constructor
             * @param {faultline.v1.Withdraw.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const Withdraw = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * Withdraw accountId.
             * @member {string} accountId
             * @memberof faultline.v1.Withdraw
             * @instance
             */
            Withdraw.prototype.accountId = "";

            /**
             * Withdraw amount.
             * @member {number} amount
             * @memberof faultline.v1.Withdraw
             * @instance
             */
            Withdraw.prototype.amount = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

            /**
             * Creates a new Withdraw instance using the specified properties.
             * @function create
             * @memberof faultline.v1.Withdraw
             * @static
             * @param {faultline.v1.Withdraw.$Properties=} [properties] Properties to set
             * @returns {faultline.v1.Withdraw} Withdraw instance
             * @type {{
             *   (properties: faultline.v1.Withdraw.$Shape): faultline.v1.Withdraw & faultline.v1.Withdraw.$Shape;
             *   (properties?: faultline.v1.Withdraw.$Properties): faultline.v1.Withdraw;
             * }}
             */
            Withdraw.create = function(properties) {
                return new Withdraw(properties);
            };

            /**
             * Encodes the specified Withdraw message. Does not implicitly {@link faultline.v1.Withdraw.verify|verify} messages.
             * @function encode
             * @memberof faultline.v1.Withdraw
             * @static
             * @param {faultline.v1.Withdraw.$Properties} message Withdraw message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Withdraw.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.accountId != null && $Object.hasOwnProperty.call(message, "accountId") && message.accountId !== "")
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.accountId);
                if (message.amount != null && $Object.hasOwnProperty.call(message, "amount") && (typeof message.amount === "object" ? message.amount.low || message.amount.high : message.amount !== 0))
                    writer.uint32(/* id 2, wireType 0 =*/16).int64(message.amount);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Encodes the specified Withdraw message, length delimited. Does not implicitly {@link faultline.v1.Withdraw.verify|verify} messages.
             * @function encodeDelimited
             * @memberof faultline.v1.Withdraw
             * @static
             * @param {faultline.v1.Withdraw.$Properties} message Withdraw message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Withdraw.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            /**
             * Decodes a Withdraw message from the specified reader or buffer.
             * @function decode
             * @memberof faultline.v1.Withdraw
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {faultline.v1.Withdraw & faultline.v1.Withdraw.$Shape} Withdraw
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Withdraw.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.faultline.v1.Withdraw();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.accountId = value;
                            else
                                delete message.accountId;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = $readint64(reader)) === "object" ? value.low || value.high : value !== 0)
                                message.amount = value;
                            else
                                delete message.amount;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Decodes a Withdraw message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof faultline.v1.Withdraw
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {faultline.v1.Withdraw & faultline.v1.Withdraw.$Shape} Withdraw
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Withdraw.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            return Withdraw;
        })();

        v1.OraclePriceReport = (function() {

            /**
             * Properties of an OraclePriceReport.
             * @typedef {Object} faultline.v1.OraclePriceReport.$Properties
             * @property {string|null} [oracleId] OraclePriceReport oracleId
             * @property {number|null} [marketId] OraclePriceReport marketId
             * @property {number|null} [priceTicks] OraclePriceReport priceTicks
             * @property {number|null} [observedAtUs] OraclePriceReport observedAtUs
             * @property {number|null} [reportSeq] OraclePriceReport reportSeq
             * @property {Uint8Array|null} [signature] OraclePriceReport signature
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of an OraclePriceReport.
             * @memberof faultline.v1
             * @interface IOraclePriceReport
             * @augments faultline.v1.OraclePriceReport.$Properties
             * @deprecated Use faultline.v1.OraclePriceReport.$Properties instead.
             */

            /**
             * Shape of an OraclePriceReport.
             * @typedef {faultline.v1.OraclePriceReport.$Properties} faultline.v1.OraclePriceReport.$Shape
             */

            /**
             * Constructs a new OraclePriceReport.
             * @memberof faultline.v1
             * @classdesc Represents an OraclePriceReport.
             * @constructor
             * @param {faultline.v1.OraclePriceReport.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const OraclePriceReport = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * OraclePriceReport oracleId.
             * @member {string} oracleId
             * @memberof faultline.v1.OraclePriceReport
             * @instance
             */
            OraclePriceReport.prototype.oracleId = "";

            /**
             * OraclePriceReport marketId.
             * @member {number} marketId
             * @memberof faultline.v1.OraclePriceReport
             * @instance
             */
            OraclePriceReport.prototype.marketId = 0;

            /**
             * OraclePriceReport priceTicks.
             * @member {number} priceTicks
             * @memberof faultline.v1.OraclePriceReport
             * @instance
             */
            OraclePriceReport.prototype.priceTicks = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

            /**
             * OraclePriceReport observedAtUs.
             * @member {number} observedAtUs
             * @memberof faultline.v1.OraclePriceReport
             * @instance
             */
            OraclePriceReport.prototype.observedAtUs = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

            /**
             * OraclePriceReport reportSeq.
             * @member {number} reportSeq
             * @memberof faultline.v1.OraclePriceReport
             * @instance
             */
            OraclePriceReport.prototype.reportSeq = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * OraclePriceReport signature.
             * @member {Uint8Array} signature
             * @memberof faultline.v1.OraclePriceReport
             * @instance
             */
            OraclePriceReport.prototype.signature = $util.newBuffer([]);

            /**
             * Creates a new OraclePriceReport instance using the specified properties.
             * @function create
             * @memberof faultline.v1.OraclePriceReport
             * @static
             * @param {faultline.v1.OraclePriceReport.$Properties=} [properties] Properties to set
             * @returns {faultline.v1.OraclePriceReport} OraclePriceReport instance
             * @type {{
             *   (properties: faultline.v1.OraclePriceReport.$Shape): faultline.v1.OraclePriceReport & faultline.v1.OraclePriceReport.$Shape;
             *   (properties?: faultline.v1.OraclePriceReport.$Properties): faultline.v1.OraclePriceReport;
             * }}
             */
            OraclePriceReport.create = function(properties) {
                return new OraclePriceReport(properties);
            };

            /**
             * Encodes the specified OraclePriceReport message. Does not implicitly {@link faultline.v1.OraclePriceReport.verify|verify} messages.
             * @function encode
             * @memberof faultline.v1.OraclePriceReport
             * @static
             * @param {faultline.v1.OraclePriceReport.$Properties} message OraclePriceReport message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            OraclePriceReport.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.oracleId != null && $Object.hasOwnProperty.call(message, "oracleId") && message.oracleId !== "")
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.oracleId);
                if (message.marketId != null && $Object.hasOwnProperty.call(message, "marketId") && message.marketId !== 0)
                    writer.uint32(/* id 2, wireType 0 =*/16).uint32(message.marketId);
                if (message.priceTicks != null && $Object.hasOwnProperty.call(message, "priceTicks") && (typeof message.priceTicks === "object" ? message.priceTicks.low || message.priceTicks.high : message.priceTicks !== 0))
                    writer.uint32(/* id 3, wireType 0 =*/24).int64(message.priceTicks);
                if (message.observedAtUs != null && $Object.hasOwnProperty.call(message, "observedAtUs") && (typeof message.observedAtUs === "object" ? message.observedAtUs.low || message.observedAtUs.high : message.observedAtUs !== 0))
                    writer.uint32(/* id 4, wireType 0 =*/32).int64(message.observedAtUs);
                if (message.reportSeq != null && $Object.hasOwnProperty.call(message, "reportSeq") && (typeof message.reportSeq === "object" ? message.reportSeq.low || message.reportSeq.high : message.reportSeq !== 0))
                    writer.uint32(/* id 5, wireType 0 =*/40).uint64(message.reportSeq);
                if (message.signature != null && $Object.hasOwnProperty.call(message, "signature") && message.signature.length)
                    writer.uint32(/* id 6, wireType 2 =*/50).bytes(message.signature);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Encodes the specified OraclePriceReport message, length delimited. Does not implicitly {@link faultline.v1.OraclePriceReport.verify|verify} messages.
             * @function encodeDelimited
             * @memberof faultline.v1.OraclePriceReport
             * @static
             * @param {faultline.v1.OraclePriceReport.$Properties} message OraclePriceReport message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            OraclePriceReport.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            /**
             * Decodes an OraclePriceReport message from the specified reader or buffer.
             * @function decode
             * @memberof faultline.v1.OraclePriceReport
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {faultline.v1.OraclePriceReport & faultline.v1.OraclePriceReport.$Shape} OraclePriceReport
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            OraclePriceReport.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.faultline.v1.OraclePriceReport();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.oracleId = value;
                            else
                                delete message.oracleId;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.marketId = value;
                            else
                                delete message.marketId;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = $readint64(reader)) === "object" ? value.low || value.high : value !== 0)
                                message.priceTicks = value;
                            else
                                delete message.priceTicks;
                            continue;
                        }
                    case 4: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = $readint64(reader)) === "object" ? value.low || value.high : value !== 0)
                                message.observedAtUs = value;
                            else
                                delete message.observedAtUs;
                            continue;
                        }
                    case 5: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = $readuint64(reader)) === "object" ? value.low || value.high : value !== 0)
                                message.reportSeq = value;
                            else
                                delete message.reportSeq;
                            continue;
                        }
                    case 6: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.bytes()).length)
                                message.signature = value;
                            else
                                delete message.signature;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Decodes an OraclePriceReport message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof faultline.v1.OraclePriceReport
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {faultline.v1.OraclePriceReport & faultline.v1.OraclePriceReport.$Shape} OraclePriceReport
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            OraclePriceReport.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            return OraclePriceReport;
        })();

        v1.Liquidate = (function() {

            /**
             * Properties of a Liquidate.
             * @typedef {Object} faultline.v1.Liquidate.$Properties
             * @property {string|null} [liquidatorId] Liquidate liquidatorId
             * @property {string|null} [accountId] Liquidate accountId
             * @property {number|null} [marketId] Liquidate marketId
             * @property {number|null} [observedMarkTicks] Liquidate observedMarkTicks
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a Liquidate.
             * @memberof faultline.v1
             * @interface ILiquidate
             * @augments faultline.v1.Liquidate.$Properties
             * @deprecated Use faultline.v1.Liquidate.$Properties instead.
             */

            /**
             * Shape of a Liquidate.
             * @typedef {faultline.v1.Liquidate.$Properties} faultline.v1.Liquidate.$Shape
             */

            /**
             * Constructs a new Liquidate.
             * @memberof faultline.v1
             * @classdesc Represents a Liquidate.
             * @constructor
             * @param {faultline.v1.Liquidate.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const Liquidate = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * Liquidate liquidatorId.
             * @member {string} liquidatorId
             * @memberof faultline.v1.Liquidate
             * @instance
             */
            Liquidate.prototype.liquidatorId = "";

            /**
             * Liquidate accountId.
             * @member {string} accountId
             * @memberof faultline.v1.Liquidate
             * @instance
             */
            Liquidate.prototype.accountId = "";

            /**
             * Liquidate marketId.
             * @member {number} marketId
             * @memberof faultline.v1.Liquidate
             * @instance
             */
            Liquidate.prototype.marketId = 0;

            /**
             * Liquidate observedMarkTicks.
             * @member {number} observedMarkTicks
             * @memberof faultline.v1.Liquidate
             * @instance
             */
            Liquidate.prototype.observedMarkTicks = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

            /**
             * Creates a new Liquidate instance using the specified properties.
             * @function create
             * @memberof faultline.v1.Liquidate
             * @static
             * @param {faultline.v1.Liquidate.$Properties=} [properties] Properties to set
             * @returns {faultline.v1.Liquidate} Liquidate instance
             * @type {{
             *   (properties: faultline.v1.Liquidate.$Shape): faultline.v1.Liquidate & faultline.v1.Liquidate.$Shape;
             *   (properties?: faultline.v1.Liquidate.$Properties): faultline.v1.Liquidate;
             * }}
             */
            Liquidate.create = function(properties) {
                return new Liquidate(properties);
            };

            /**
             * Encodes the specified Liquidate message. Does not implicitly {@link faultline.v1.Liquidate.verify|verify} messages.
             * @function encode
             * @memberof faultline.v1.Liquidate
             * @static
             * @param {faultline.v1.Liquidate.$Properties} message Liquidate message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Liquidate.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.liquidatorId != null && $Object.hasOwnProperty.call(message, "liquidatorId") && message.liquidatorId !== "")
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.liquidatorId);
                if (message.accountId != null && $Object.hasOwnProperty.call(message, "accountId") && message.accountId !== "")
                    writer.uint32(/* id 2, wireType 2 =*/18).string(message.accountId);
                if (message.marketId != null && $Object.hasOwnProperty.call(message, "marketId") && message.marketId !== 0)
                    writer.uint32(/* id 3, wireType 0 =*/24).uint32(message.marketId);
                if (message.observedMarkTicks != null && $Object.hasOwnProperty.call(message, "observedMarkTicks") && (typeof message.observedMarkTicks === "object" ? message.observedMarkTicks.low || message.observedMarkTicks.high : message.observedMarkTicks !== 0))
                    writer.uint32(/* id 4, wireType 0 =*/32).int64(message.observedMarkTicks);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Encodes the specified Liquidate message, length delimited. Does not implicitly {@link faultline.v1.Liquidate.verify|verify} messages.
             * @function encodeDelimited
             * @memberof faultline.v1.Liquidate
             * @static
             * @param {faultline.v1.Liquidate.$Properties} message Liquidate message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Liquidate.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            /**
             * Decodes a Liquidate message from the specified reader or buffer.
             * @function decode
             * @memberof faultline.v1.Liquidate
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {faultline.v1.Liquidate & faultline.v1.Liquidate.$Shape} Liquidate
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Liquidate.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.faultline.v1.Liquidate();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.liquidatorId = value;
                            else
                                delete message.liquidatorId;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.accountId = value;
                            else
                                delete message.accountId;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.marketId = value;
                            else
                                delete message.marketId;
                            continue;
                        }
                    case 4: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = $readint64(reader)) === "object" ? value.low || value.high : value !== 0)
                                message.observedMarkTicks = value;
                            else
                                delete message.observedMarkTicks;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Decodes a Liquidate message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof faultline.v1.Liquidate
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {faultline.v1.Liquidate & faultline.v1.Liquidate.$Shape} Liquidate
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Liquidate.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            return Liquidate;
        })();

        v1.HedgerQuote = (function() {

            /**
             * Properties of a HedgerQuote.
             * @typedef {Object} faultline.v1.HedgerQuote.$Properties
             * @property {string|null} [accountId] HedgerQuote accountId
             * @property {number|null} [marketId] HedgerQuote marketId
             * @property {number|null} [quoteId] HedgerQuote quoteId
             * @property {number|null} [bidPriceTicks] HedgerQuote bidPriceTicks
             * @property {number|null} [bidSizeLots] HedgerQuote bidSizeLots
             * @property {number|null} [askPriceTicks] HedgerQuote askPriceTicks
             * @property {number|null} [askSizeLots] HedgerQuote askSizeLots
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a HedgerQuote.
             * @memberof faultline.v1
             * @interface IHedgerQuote
             * @augments faultline.v1.HedgerQuote.$Properties
             * @deprecated Use faultline.v1.HedgerQuote.$Properties instead.
             */

            /**
             * Shape of a HedgerQuote.
             * @typedef {faultline.v1.HedgerQuote.$Properties} faultline.v1.HedgerQuote.$Shape
             */

            /**
             * Constructs a new HedgerQuote.
             * @memberof faultline.v1
             * @classdesc Represents a HedgerQuote.
             * @constructor
             * @param {faultline.v1.HedgerQuote.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const HedgerQuote = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * HedgerQuote accountId.
             * @member {string} accountId
             * @memberof faultline.v1.HedgerQuote
             * @instance
             */
            HedgerQuote.prototype.accountId = "";

            /**
             * HedgerQuote marketId.
             * @member {number} marketId
             * @memberof faultline.v1.HedgerQuote
             * @instance
             */
            HedgerQuote.prototype.marketId = 0;

            /**
             * HedgerQuote quoteId.
             * @member {number} quoteId
             * @memberof faultline.v1.HedgerQuote
             * @instance
             */
            HedgerQuote.prototype.quoteId = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * HedgerQuote bidPriceTicks.
             * @member {number} bidPriceTicks
             * @memberof faultline.v1.HedgerQuote
             * @instance
             */
            HedgerQuote.prototype.bidPriceTicks = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

            /**
             * HedgerQuote bidSizeLots.
             * @member {number} bidSizeLots
             * @memberof faultline.v1.HedgerQuote
             * @instance
             */
            HedgerQuote.prototype.bidSizeLots = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

            /**
             * HedgerQuote askPriceTicks.
             * @member {number} askPriceTicks
             * @memberof faultline.v1.HedgerQuote
             * @instance
             */
            HedgerQuote.prototype.askPriceTicks = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

            /**
             * HedgerQuote askSizeLots.
             * @member {number} askSizeLots
             * @memberof faultline.v1.HedgerQuote
             * @instance
             */
            HedgerQuote.prototype.askSizeLots = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

            /**
             * Creates a new HedgerQuote instance using the specified properties.
             * @function create
             * @memberof faultline.v1.HedgerQuote
             * @static
             * @param {faultline.v1.HedgerQuote.$Properties=} [properties] Properties to set
             * @returns {faultline.v1.HedgerQuote} HedgerQuote instance
             * @type {{
             *   (properties: faultline.v1.HedgerQuote.$Shape): faultline.v1.HedgerQuote & faultline.v1.HedgerQuote.$Shape;
             *   (properties?: faultline.v1.HedgerQuote.$Properties): faultline.v1.HedgerQuote;
             * }}
             */
            HedgerQuote.create = function(properties) {
                return new HedgerQuote(properties);
            };

            /**
             * Encodes the specified HedgerQuote message. Does not implicitly {@link faultline.v1.HedgerQuote.verify|verify} messages.
             * @function encode
             * @memberof faultline.v1.HedgerQuote
             * @static
             * @param {faultline.v1.HedgerQuote.$Properties} message HedgerQuote message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            HedgerQuote.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.accountId != null && $Object.hasOwnProperty.call(message, "accountId") && message.accountId !== "")
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.accountId);
                if (message.marketId != null && $Object.hasOwnProperty.call(message, "marketId") && message.marketId !== 0)
                    writer.uint32(/* id 2, wireType 0 =*/16).uint32(message.marketId);
                if (message.quoteId != null && $Object.hasOwnProperty.call(message, "quoteId") && (typeof message.quoteId === "object" ? message.quoteId.low || message.quoteId.high : message.quoteId !== 0))
                    writer.uint32(/* id 3, wireType 0 =*/24).uint64(message.quoteId);
                if (message.bidPriceTicks != null && $Object.hasOwnProperty.call(message, "bidPriceTicks") && (typeof message.bidPriceTicks === "object" ? message.bidPriceTicks.low || message.bidPriceTicks.high : message.bidPriceTicks !== 0))
                    writer.uint32(/* id 4, wireType 0 =*/32).int64(message.bidPriceTicks);
                if (message.bidSizeLots != null && $Object.hasOwnProperty.call(message, "bidSizeLots") && (typeof message.bidSizeLots === "object" ? message.bidSizeLots.low || message.bidSizeLots.high : message.bidSizeLots !== 0))
                    writer.uint32(/* id 5, wireType 0 =*/40).int64(message.bidSizeLots);
                if (message.askPriceTicks != null && $Object.hasOwnProperty.call(message, "askPriceTicks") && (typeof message.askPriceTicks === "object" ? message.askPriceTicks.low || message.askPriceTicks.high : message.askPriceTicks !== 0))
                    writer.uint32(/* id 6, wireType 0 =*/48).int64(message.askPriceTicks);
                if (message.askSizeLots != null && $Object.hasOwnProperty.call(message, "askSizeLots") && (typeof message.askSizeLots === "object" ? message.askSizeLots.low || message.askSizeLots.high : message.askSizeLots !== 0))
                    writer.uint32(/* id 7, wireType 0 =*/56).int64(message.askSizeLots);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Encodes the specified HedgerQuote message, length delimited. Does not implicitly {@link faultline.v1.HedgerQuote.verify|verify} messages.
             * @function encodeDelimited
             * @memberof faultline.v1.HedgerQuote
             * @static
             * @param {faultline.v1.HedgerQuote.$Properties} message HedgerQuote message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            HedgerQuote.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            /**
             * Decodes a HedgerQuote message from the specified reader or buffer.
             * @function decode
             * @memberof faultline.v1.HedgerQuote
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {faultline.v1.HedgerQuote & faultline.v1.HedgerQuote.$Shape} HedgerQuote
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            HedgerQuote.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.faultline.v1.HedgerQuote();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.accountId = value;
                            else
                                delete message.accountId;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.marketId = value;
                            else
                                delete message.marketId;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = $readuint64(reader)) === "object" ? value.low || value.high : value !== 0)
                                message.quoteId = value;
                            else
                                delete message.quoteId;
                            continue;
                        }
                    case 4: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = $readint64(reader)) === "object" ? value.low || value.high : value !== 0)
                                message.bidPriceTicks = value;
                            else
                                delete message.bidPriceTicks;
                            continue;
                        }
                    case 5: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = $readint64(reader)) === "object" ? value.low || value.high : value !== 0)
                                message.bidSizeLots = value;
                            else
                                delete message.bidSizeLots;
                            continue;
                        }
                    case 6: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = $readint64(reader)) === "object" ? value.low || value.high : value !== 0)
                                message.askPriceTicks = value;
                            else
                                delete message.askPriceTicks;
                            continue;
                        }
                    case 7: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = $readint64(reader)) === "object" ? value.low || value.high : value !== 0)
                                message.askSizeLots = value;
                            else
                                delete message.askSizeLots;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Decodes a HedgerQuote message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof faultline.v1.HedgerQuote
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {faultline.v1.HedgerQuote & faultline.v1.HedgerQuote.$Shape} HedgerQuote
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            HedgerQuote.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            return HedgerQuote;
        })();

        v1.EquivocationEvidence = (function() {

            /**
             * Properties of an EquivocationEvidence.
             * @typedef {Object} faultline.v1.EquivocationEvidence.$Properties
             * @property {faultline.v1.Vote.$Properties|null} [voteA] EquivocationEvidence voteA
             * @property {faultline.v1.Vote.$Properties|null} [voteB] EquivocationEvidence voteB
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of an EquivocationEvidence.
             * @memberof faultline.v1
             * @interface IEquivocationEvidence
             * @augments faultline.v1.EquivocationEvidence.$Properties
             * @deprecated Use faultline.v1.EquivocationEvidence.$Properties instead.
             */

            /**
             * Shape of an EquivocationEvidence.
             * @typedef {faultline.v1.EquivocationEvidence.$Properties} faultline.v1.EquivocationEvidence.$Shape
             */

            /**
             * Constructs a new EquivocationEvidence.
             * @memberof faultline.v1
             * @classdesc Represents an EquivocationEvidence.
             * @constructor
             * @param {faultline.v1.EquivocationEvidence.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const EquivocationEvidence = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * EquivocationEvidence voteA.
             * @member {faultline.v1.Vote.$Properties|null|undefined} voteA
             * @memberof faultline.v1.EquivocationEvidence
             * @instance
             */
            EquivocationEvidence.prototype.voteA = null;

            /**
             * EquivocationEvidence voteB.
             * @member {faultline.v1.Vote.$Properties|null|undefined} voteB
             * @memberof faultline.v1.EquivocationEvidence
             * @instance
             */
            EquivocationEvidence.prototype.voteB = null;

            /**
             * Creates a new EquivocationEvidence instance using the specified properties.
             * @function create
             * @memberof faultline.v1.EquivocationEvidence
             * @static
             * @param {faultline.v1.EquivocationEvidence.$Properties=} [properties] Properties to set
             * @returns {faultline.v1.EquivocationEvidence} EquivocationEvidence instance
             * @type {{
             *   (properties: faultline.v1.EquivocationEvidence.$Shape): faultline.v1.EquivocationEvidence & faultline.v1.EquivocationEvidence.$Shape;
             *   (properties?: faultline.v1.EquivocationEvidence.$Properties): faultline.v1.EquivocationEvidence;
             * }}
             */
            EquivocationEvidence.create = function(properties) {
                return new EquivocationEvidence(properties);
            };

            /**
             * Encodes the specified EquivocationEvidence message. Does not implicitly {@link faultline.v1.EquivocationEvidence.verify|verify} messages.
             * @function encode
             * @memberof faultline.v1.EquivocationEvidence
             * @static
             * @param {faultline.v1.EquivocationEvidence.$Properties} message EquivocationEvidence message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            EquivocationEvidence.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.voteA != null && $Object.hasOwnProperty.call(message, "voteA"))
                    $root.faultline.v1.Vote.encode(message.voteA, writer.uint32(/* id 1, wireType 2 =*/10).fork(), _depth + 1).ldelim();
                if (message.voteB != null && $Object.hasOwnProperty.call(message, "voteB"))
                    $root.faultline.v1.Vote.encode(message.voteB, writer.uint32(/* id 2, wireType 2 =*/18).fork(), _depth + 1).ldelim();
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Encodes the specified EquivocationEvidence message, length delimited. Does not implicitly {@link faultline.v1.EquivocationEvidence.verify|verify} messages.
             * @function encodeDelimited
             * @memberof faultline.v1.EquivocationEvidence
             * @static
             * @param {faultline.v1.EquivocationEvidence.$Properties} message EquivocationEvidence message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            EquivocationEvidence.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            /**
             * Decodes an EquivocationEvidence message from the specified reader or buffer.
             * @function decode
             * @memberof faultline.v1.EquivocationEvidence
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {faultline.v1.EquivocationEvidence & faultline.v1.EquivocationEvidence.$Shape} EquivocationEvidence
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            EquivocationEvidence.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.faultline.v1.EquivocationEvidence();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            message.voteA = $root.faultline.v1.Vote.decode(reader, reader.size(), $undefined, _depth + 1, message.voteA);
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            message.voteB = $root.faultline.v1.Vote.decode(reader, reader.size(), $undefined, _depth + 1, message.voteB);
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Decodes an EquivocationEvidence message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof faultline.v1.EquivocationEvidence
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {faultline.v1.EquivocationEvidence & faultline.v1.EquivocationEvidence.$Shape} EquivocationEvidence
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            EquivocationEvidence.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            return EquivocationEvidence;
        })();

        v1.Transaction = (function() {

            /**
             * Properties of a Transaction.
             * @typedef {Object} faultline.v1.Transaction.$Properties
             * @property {string|null} [clientId] Transaction clientId
             * @property {number|null} [nonce] Transaction nonce
             * @property {number|null} [submittedAtUs] Transaction submittedAtUs
             * @property {faultline.v1.PlaceOrder.$Properties|null} [placeOrder] Transaction placeOrder
             * @property {faultline.v1.CancelOrder.$Properties|null} [cancelOrder] Transaction cancelOrder
             * @property {faultline.v1.CancelAll.$Properties|null} [cancelAll] Transaction cancelAll
             * @property {faultline.v1.Deposit.$Properties|null} [deposit] Transaction deposit
             * @property {faultline.v1.Withdraw.$Properties|null} [withdraw] Transaction withdraw
             * @property {faultline.v1.OraclePriceReport.$Properties|null} [oracleReport] Transaction oracleReport
             * @property {faultline.v1.Liquidate.$Properties|null} [liquidate] Transaction liquidate
             * @property {faultline.v1.HedgerQuote.$Properties|null} [hedgerQuote] Transaction hedgerQuote
             * @property {faultline.v1.EquivocationEvidence.$Properties|null} [evidence] Transaction evidence
             * @property {"placeOrder"|"cancelOrder"|"cancelAll"|"deposit"|"withdraw"|"oracleReport"|"liquidate"|"hedgerQuote"|"evidence"} [body] Transaction body
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a Transaction.
             * @memberof faultline.v1
             * @interface ITransaction
             * @augments faultline.v1.Transaction.$Properties
             * @deprecated Use faultline.v1.Transaction.$Properties instead.
             */

            /**
             * Narrowed shape of a Transaction.
             * @typedef {{
             *   clientId?: string|null;
             *   nonce?: number|null;
             *   submittedAtUs?: number|null;
             *   placeOrder?: faultline.v1.PlaceOrder.$Shape|null;
             *   cancelOrder?: faultline.v1.CancelOrder.$Shape|null;
             *   cancelAll?: faultline.v1.CancelAll.$Shape|null;
             *   deposit?: faultline.v1.Deposit.$Shape|null;
             *   withdraw?: faultline.v1.Withdraw.$Shape|null;
             *   oracleReport?: faultline.v1.OraclePriceReport.$Shape|null;
             *   liquidate?: faultline.v1.Liquidate.$Shape|null;
             *   hedgerQuote?: faultline.v1.HedgerQuote.$Shape|null;
             *   evidence?: faultline.v1.EquivocationEvidence.$Shape|null;
             *   $unknowns?: Array.<Uint8Array>;
             * } & (
             *   ({ body?: undefined; placeOrder?: null; cancelOrder?: null; cancelAll?: null; deposit?: null; withdraw?: null; oracleReport?: null; liquidate?: null; hedgerQuote?: null; evidence?: null }|{ body?: "placeOrder"; placeOrder: faultline.v1.PlaceOrder.$Shape; cancelOrder?: null; cancelAll?: null; deposit?: null; withdraw?: null; oracleReport?: null; liquidate?: null; hedgerQuote?: null; evidence?: null }|{ body?: "cancelOrder"; placeOrder?: null; cancelOrder: faultline.v1.CancelOrder.$Shape; cancelAll?: null; deposit?: null; withdraw?: null; oracleReport?: null; liquidate?: null; hedgerQuote?: null; evidence?: null }|{ body?: "cancelAll"; placeOrder?: null; cancelOrder?: null; cancelAll: faultline.v1.CancelAll.$Shape; deposit?: null; withdraw?: null; oracleReport?: null; liquidate?: null; hedgerQuote?: null; evidence?: null }|{ body?: "deposit"; placeOrder?: null; cancelOrder?: null; cancelAll?: null; deposit: faultline.v1.Deposit.$Shape; withdraw?: null; oracleReport?: null; liquidate?: null; hedgerQuote?: null; evidence?: null }|{ body?: "withdraw"; placeOrder?: null; cancelOrder?: null; cancelAll?: null; deposit?: null; withdraw: faultline.v1.Withdraw.$Shape; oracleReport?: null; liquidate?: null; hedgerQuote?: null; evidence?: null }|{ body?: "oracleReport"; placeOrder?: null; cancelOrder?: null; cancelAll?: null; deposit?: null; withdraw?: null; oracleReport: faultline.v1.OraclePriceReport.$Shape; liquidate?: null; hedgerQuote?: null; evidence?: null }|{ body?: "liquidate"; placeOrder?: null; cancelOrder?: null; cancelAll?: null; deposit?: null; withdraw?: null; oracleReport?: null; liquidate: faultline.v1.Liquidate.$Shape; hedgerQuote?: null; evidence?: null }|{ body?: "hedgerQuote"; placeOrder?: null; cancelOrder?: null; cancelAll?: null; deposit?: null; withdraw?: null; oracleReport?: null; liquidate?: null; hedgerQuote: faultline.v1.HedgerQuote.$Shape; evidence?: null }|{ body?: "evidence"; placeOrder?: null; cancelOrder?: null; cancelAll?: null; deposit?: null; withdraw?: null; oracleReport?: null; liquidate?: null; hedgerQuote?: null; evidence: faultline.v1.EquivocationEvidence.$Shape })
             * )} faultline.v1.Transaction.$Shape
             */

            /**
             * Constructs a new Transaction.
             * @memberof faultline.v1
             * @classdesc Represents a Transaction.
             * @constructor
             * @param {faultline.v1.Transaction.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const Transaction = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * Transaction clientId.
             * @member {string} clientId
             * @memberof faultline.v1.Transaction
             * @instance
             */
            Transaction.prototype.clientId = "";

            /**
             * Transaction nonce.
             * @member {number} nonce
             * @memberof faultline.v1.Transaction
             * @instance
             */
            Transaction.prototype.nonce = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * Transaction submittedAtUs.
             * @member {number} submittedAtUs
             * @memberof faultline.v1.Transaction
             * @instance
             */
            Transaction.prototype.submittedAtUs = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

            /**
             * Transaction placeOrder.
             * @member {faultline.v1.PlaceOrder.$Properties|null|undefined} placeOrder
             * @memberof faultline.v1.Transaction
             * @instance
             */
            Transaction.prototype.placeOrder = null;

            /**
             * Transaction cancelOrder.
             * @member {faultline.v1.CancelOrder.$Properties|null|undefined} cancelOrder
             * @memberof faultline.v1.Transaction
             * @instance
             */
            Transaction.prototype.cancelOrder = null;

            /**
             * Transaction cancelAll.
             * @member {faultline.v1.CancelAll.$Properties|null|undefined} cancelAll
             * @memberof faultline.v1.Transaction
             * @instance
             */
            Transaction.prototype.cancelAll = null;

            /**
             * Transaction deposit.
             * @member {faultline.v1.Deposit.$Properties|null|undefined} deposit
             * @memberof faultline.v1.Transaction
             * @instance
             */
            Transaction.prototype.deposit = null;

            /**
             * Transaction withdraw.
             * @member {faultline.v1.Withdraw.$Properties|null|undefined} withdraw
             * @memberof faultline.v1.Transaction
             * @instance
             */
            Transaction.prototype.withdraw = null;

            /**
             * Transaction oracleReport.
             * @member {faultline.v1.OraclePriceReport.$Properties|null|undefined} oracleReport
             * @memberof faultline.v1.Transaction
             * @instance
             */
            Transaction.prototype.oracleReport = null;

            /**
             * Transaction liquidate.
             * @member {faultline.v1.Liquidate.$Properties|null|undefined} liquidate
             * @memberof faultline.v1.Transaction
             * @instance
             */
            Transaction.prototype.liquidate = null;

            /**
             * Transaction hedgerQuote.
             * @member {faultline.v1.HedgerQuote.$Properties|null|undefined} hedgerQuote
             * @memberof faultline.v1.Transaction
             * @instance
             */
            Transaction.prototype.hedgerQuote = null;

            /**
             * Transaction evidence.
             * @member {faultline.v1.EquivocationEvidence.$Properties|null|undefined} evidence
             * @memberof faultline.v1.Transaction
             * @instance
             */
            Transaction.prototype.evidence = null;

            // OneOf field names bound to virtual getters and setters
            let $oneOfFields;

            /**
             * Transaction body.
             * @member {"placeOrder"|"cancelOrder"|"cancelAll"|"deposit"|"withdraw"|"oracleReport"|"liquidate"|"hedgerQuote"|"evidence"|undefined} body
             * @memberof faultline.v1.Transaction
             * @instance
             */
            $Object.defineProperty(Transaction.prototype, "body", {
                get: $util.oneOfGetter($oneOfFields = ["placeOrder", "cancelOrder", "cancelAll", "deposit", "withdraw", "oracleReport", "liquidate", "hedgerQuote", "evidence"]),
                set: $util.oneOfSetter($oneOfFields)
            });

            /**
             * Creates a new Transaction instance using the specified properties.
             * @function create
             * @memberof faultline.v1.Transaction
             * @static
             * @param {faultline.v1.Transaction.$Properties=} [properties] Properties to set
             * @returns {faultline.v1.Transaction} Transaction instance
             * @type {{
             *   (properties: faultline.v1.Transaction.$Shape): faultline.v1.Transaction & faultline.v1.Transaction.$Shape;
             *   (properties?: faultline.v1.Transaction.$Properties): faultline.v1.Transaction;
             * }}
             */
            Transaction.create = function(properties) {
                return new Transaction(properties);
            };

            /**
             * Encodes the specified Transaction message. Does not implicitly {@link faultline.v1.Transaction.verify|verify} messages.
             * @function encode
             * @memberof faultline.v1.Transaction
             * @static
             * @param {faultline.v1.Transaction.$Properties} message Transaction message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Transaction.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.clientId != null && $Object.hasOwnProperty.call(message, "clientId") && message.clientId !== "")
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.clientId);
                if (message.nonce != null && $Object.hasOwnProperty.call(message, "nonce") && (typeof message.nonce === "object" ? message.nonce.low || message.nonce.high : message.nonce !== 0))
                    writer.uint32(/* id 2, wireType 0 =*/16).uint64(message.nonce);
                if (message.submittedAtUs != null && $Object.hasOwnProperty.call(message, "submittedAtUs") && (typeof message.submittedAtUs === "object" ? message.submittedAtUs.low || message.submittedAtUs.high : message.submittedAtUs !== 0))
                    writer.uint32(/* id 3, wireType 0 =*/24).int64(message.submittedAtUs);
                if (message.placeOrder != null && $Object.hasOwnProperty.call(message, "placeOrder"))
                    $root.faultline.v1.PlaceOrder.encode(message.placeOrder, writer.uint32(/* id 10, wireType 2 =*/82).fork(), _depth + 1).ldelim();
                if (message.cancelOrder != null && $Object.hasOwnProperty.call(message, "cancelOrder"))
                    $root.faultline.v1.CancelOrder.encode(message.cancelOrder, writer.uint32(/* id 11, wireType 2 =*/90).fork(), _depth + 1).ldelim();
                if (message.cancelAll != null && $Object.hasOwnProperty.call(message, "cancelAll"))
                    $root.faultline.v1.CancelAll.encode(message.cancelAll, writer.uint32(/* id 12, wireType 2 =*/98).fork(), _depth + 1).ldelim();
                if (message.deposit != null && $Object.hasOwnProperty.call(message, "deposit"))
                    $root.faultline.v1.Deposit.encode(message.deposit, writer.uint32(/* id 13, wireType 2 =*/106).fork(), _depth + 1).ldelim();
                if (message.withdraw != null && $Object.hasOwnProperty.call(message, "withdraw"))
                    $root.faultline.v1.Withdraw.encode(message.withdraw, writer.uint32(/* id 14, wireType 2 =*/114).fork(), _depth + 1).ldelim();
                if (message.oracleReport != null && $Object.hasOwnProperty.call(message, "oracleReport"))
                    $root.faultline.v1.OraclePriceReport.encode(message.oracleReport, writer.uint32(/* id 15, wireType 2 =*/122).fork(), _depth + 1).ldelim();
                if (message.liquidate != null && $Object.hasOwnProperty.call(message, "liquidate"))
                    $root.faultline.v1.Liquidate.encode(message.liquidate, writer.uint32(/* id 16, wireType 2 =*/130).fork(), _depth + 1).ldelim();
                if (message.hedgerQuote != null && $Object.hasOwnProperty.call(message, "hedgerQuote"))
                    $root.faultline.v1.HedgerQuote.encode(message.hedgerQuote, writer.uint32(/* id 17, wireType 2 =*/138).fork(), _depth + 1).ldelim();
                if (message.evidence != null && $Object.hasOwnProperty.call(message, "evidence"))
                    $root.faultline.v1.EquivocationEvidence.encode(message.evidence, writer.uint32(/* id 18, wireType 2 =*/146).fork(), _depth + 1).ldelim();
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Encodes the specified Transaction message, length delimited. Does not implicitly {@link faultline.v1.Transaction.verify|verify} messages.
             * @function encodeDelimited
             * @memberof faultline.v1.Transaction
             * @static
             * @param {faultline.v1.Transaction.$Properties} message Transaction message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Transaction.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            /**
             * Decodes a Transaction message from the specified reader or buffer.
             * @function decode
             * @memberof faultline.v1.Transaction
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {faultline.v1.Transaction & faultline.v1.Transaction.$Shape} Transaction
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Transaction.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.faultline.v1.Transaction();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.clientId = value;
                            else
                                delete message.clientId;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = $readuint64(reader)) === "object" ? value.low || value.high : value !== 0)
                                message.nonce = value;
                            else
                                delete message.nonce;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = $readint64(reader)) === "object" ? value.low || value.high : value !== 0)
                                message.submittedAtUs = value;
                            else
                                delete message.submittedAtUs;
                            continue;
                        }
                    case 10: {
                            if (wireType !== 2)
                                break;
                            message.placeOrder = $root.faultline.v1.PlaceOrder.decode(reader, reader.size(), $undefined, _depth + 1, message.placeOrder);
                            continue;
                        }
                    case 11: {
                            if (wireType !== 2)
                                break;
                            message.cancelOrder = $root.faultline.v1.CancelOrder.decode(reader, reader.size(), $undefined, _depth + 1, message.cancelOrder);
                            continue;
                        }
                    case 12: {
                            if (wireType !== 2)
                                break;
                            message.cancelAll = $root.faultline.v1.CancelAll.decode(reader, reader.size(), $undefined, _depth + 1, message.cancelAll);
                            continue;
                        }
                    case 13: {
                            if (wireType !== 2)
                                break;
                            message.deposit = $root.faultline.v1.Deposit.decode(reader, reader.size(), $undefined, _depth + 1, message.deposit);
                            continue;
                        }
                    case 14: {
                            if (wireType !== 2)
                                break;
                            message.withdraw = $root.faultline.v1.Withdraw.decode(reader, reader.size(), $undefined, _depth + 1, message.withdraw);
                            continue;
                        }
                    case 15: {
                            if (wireType !== 2)
                                break;
                            message.oracleReport = $root.faultline.v1.OraclePriceReport.decode(reader, reader.size(), $undefined, _depth + 1, message.oracleReport);
                            continue;
                        }
                    case 16: {
                            if (wireType !== 2)
                                break;
                            message.liquidate = $root.faultline.v1.Liquidate.decode(reader, reader.size(), $undefined, _depth + 1, message.liquidate);
                            continue;
                        }
                    case 17: {
                            if (wireType !== 2)
                                break;
                            message.hedgerQuote = $root.faultline.v1.HedgerQuote.decode(reader, reader.size(), $undefined, _depth + 1, message.hedgerQuote);
                            continue;
                        }
                    case 18: {
                            if (wireType !== 2)
                                break;
                            message.evidence = $root.faultline.v1.EquivocationEvidence.decode(reader, reader.size(), $undefined, _depth + 1, message.evidence);
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Decodes a Transaction message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof faultline.v1.Transaction
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {faultline.v1.Transaction & faultline.v1.Transaction.$Shape} Transaction
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Transaction.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            return Transaction;
        })();

        /**
         * MarketState enum.
         * @name faultline.v1.MarketState
         * @enum {number}
         * @property {number} MARKET_STATE_UNSPECIFIED=0 MARKET_STATE_UNSPECIFIED value
         * @property {number} MARKET_STATE_ACTIVE=1 MARKET_STATE_ACTIVE value
         * @property {number} MARKET_STATE_HALTED=2 MARKET_STATE_HALTED value
         * @property {number} MARKET_STATE_AUCTION=3 MARKET_STATE_AUCTION value
         * @property {number} MARKET_STATE_CANCEL_ONLY=4 MARKET_STATE_CANCEL_ONLY value
         * @property {number} MARKET_STATE_POST_ONLY=5 MARKET_STATE_POST_ONLY value
         * @property {number} MARKET_STATE_PRE_OPEN=6 MARKET_STATE_PRE_OPEN value
         */
        v1.MarketState = (function() {
            const valuesById = $Object.create(null), values = $Object.create(valuesById);
            values[valuesById[0] = "MARKET_STATE_UNSPECIFIED"] = 0;
            values[valuesById[1] = "MARKET_STATE_ACTIVE"] = 1;
            values[valuesById[2] = "MARKET_STATE_HALTED"] = 2;
            values[valuesById[3] = "MARKET_STATE_AUCTION"] = 3;
            values[valuesById[4] = "MARKET_STATE_CANCEL_ONLY"] = 4;
            values[valuesById[5] = "MARKET_STATE_POST_ONLY"] = 5;
            values[valuesById[6] = "MARKET_STATE_PRE_OPEN"] = 6;
            return values;
        })();

        v1.Fill = (function() {

            /**
             * Properties of a Fill.
             * @typedef {Object} faultline.v1.Fill.$Properties
             * @property {number|null} [fillId] Fill fillId
             * @property {number|null} [height] Fill height
             * @property {number|null} [marketId] Fill marketId
             * @property {number|null} [makerOrderId] Fill makerOrderId
             * @property {number|null} [takerOrderId] Fill takerOrderId
             * @property {string|null} [makerAccountId] Fill makerAccountId
             * @property {string|null} [takerAccountId] Fill takerAccountId
             * @property {faultline.v1.Side|null} [takerSide] Fill takerSide
             * @property {number|null} [priceTicks] Fill priceTicks
             * @property {number|null} [sizeLots] Fill sizeLots
             * @property {number|null} [makerFee] Fill makerFee
             * @property {number|null} [takerFee] Fill takerFee
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a Fill.
             * @memberof faultline.v1
             * @interface IFill
             * @augments faultline.v1.Fill.$Properties
             * @deprecated Use faultline.v1.Fill.$Properties instead.
             */

            /**
             * Shape of a Fill.
             * @typedef {faultline.v1.Fill.$Properties} faultline.v1.Fill.$Shape
             */

            /**
             * Constructs a new Fill.
             * @memberof faultline.v1
             * @classdesc Represents a Fill.
             * @constructor
             * @param {faultline.v1.Fill.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const Fill = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * Fill fillId.
             * @member {number} fillId
             * @memberof faultline.v1.Fill
             * @instance
             */
            Fill.prototype.fillId = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * Fill height.
             * @member {number} height
             * @memberof faultline.v1.Fill
             * @instance
             */
            Fill.prototype.height = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * Fill marketId.
             * @member {number} marketId
             * @memberof faultline.v1.Fill
             * @instance
             */
            Fill.prototype.marketId = 0;

            /**
             * Fill makerOrderId.
             * @member {number} makerOrderId
             * @memberof faultline.v1.Fill
             * @instance
             */
            Fill.prototype.makerOrderId = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * Fill takerOrderId.
             * @member {number} takerOrderId
             * @memberof faultline.v1.Fill
             * @instance
             */
            Fill.prototype.takerOrderId = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * Fill makerAccountId.
             * @member {string} makerAccountId
             * @memberof faultline.v1.Fill
             * @instance
             */
            Fill.prototype.makerAccountId = "";

            /**
             * Fill takerAccountId.
             * @member {string} takerAccountId
             * @memberof faultline.v1.Fill
             * @instance
             */
            Fill.prototype.takerAccountId = "";

            /**
             * Fill takerSide.
             * @member {faultline.v1.Side} takerSide
             * @memberof faultline.v1.Fill
             * @instance
             */
            Fill.prototype.takerSide = 0;

            /**
             * Fill priceTicks.
             * @member {number} priceTicks
             * @memberof faultline.v1.Fill
             * @instance
             */
            Fill.prototype.priceTicks = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

            /**
             * Fill sizeLots.
             * @member {number} sizeLots
             * @memberof faultline.v1.Fill
             * @instance
             */
            Fill.prototype.sizeLots = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

            /**
             * Fill makerFee.
             * @member {number} makerFee
             * @memberof faultline.v1.Fill
             * @instance
             */
            Fill.prototype.makerFee = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

            /**
             * Fill takerFee.
             * @member {number} takerFee
             * @memberof faultline.v1.Fill
             * @instance
             */
            Fill.prototype.takerFee = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

            /**
             * Creates a new Fill instance using the specified properties.
             * @function create
             * @memberof faultline.v1.Fill
             * @static
             * @param {faultline.v1.Fill.$Properties=} [properties] Properties to set
             * @returns {faultline.v1.Fill} Fill instance
             * @type {{
             *   (properties: faultline.v1.Fill.$Shape): faultline.v1.Fill & faultline.v1.Fill.$Shape;
             *   (properties?: faultline.v1.Fill.$Properties): faultline.v1.Fill;
             * }}
             */
            Fill.create = function(properties) {
                return new Fill(properties);
            };

            /**
             * Encodes the specified Fill message. Does not implicitly {@link faultline.v1.Fill.verify|verify} messages.
             * @function encode
             * @memberof faultline.v1.Fill
             * @static
             * @param {faultline.v1.Fill.$Properties} message Fill message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Fill.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.fillId != null && $Object.hasOwnProperty.call(message, "fillId") && (typeof message.fillId === "object" ? message.fillId.low || message.fillId.high : message.fillId !== 0))
                    writer.uint32(/* id 1, wireType 0 =*/8).uint64(message.fillId);
                if (message.height != null && $Object.hasOwnProperty.call(message, "height") && (typeof message.height === "object" ? message.height.low || message.height.high : message.height !== 0))
                    writer.uint32(/* id 2, wireType 0 =*/16).uint64(message.height);
                if (message.marketId != null && $Object.hasOwnProperty.call(message, "marketId") && message.marketId !== 0)
                    writer.uint32(/* id 3, wireType 0 =*/24).uint32(message.marketId);
                if (message.makerOrderId != null && $Object.hasOwnProperty.call(message, "makerOrderId") && (typeof message.makerOrderId === "object" ? message.makerOrderId.low || message.makerOrderId.high : message.makerOrderId !== 0))
                    writer.uint32(/* id 4, wireType 0 =*/32).uint64(message.makerOrderId);
                if (message.takerOrderId != null && $Object.hasOwnProperty.call(message, "takerOrderId") && (typeof message.takerOrderId === "object" ? message.takerOrderId.low || message.takerOrderId.high : message.takerOrderId !== 0))
                    writer.uint32(/* id 5, wireType 0 =*/40).uint64(message.takerOrderId);
                if (message.makerAccountId != null && $Object.hasOwnProperty.call(message, "makerAccountId") && message.makerAccountId !== "")
                    writer.uint32(/* id 6, wireType 2 =*/50).string(message.makerAccountId);
                if (message.takerAccountId != null && $Object.hasOwnProperty.call(message, "takerAccountId") && message.takerAccountId !== "")
                    writer.uint32(/* id 7, wireType 2 =*/58).string(message.takerAccountId);
                if (message.takerSide != null && $Object.hasOwnProperty.call(message, "takerSide") && message.takerSide !== 0)
                    writer.uint32(/* id 8, wireType 0 =*/64).int32(message.takerSide);
                if (message.priceTicks != null && $Object.hasOwnProperty.call(message, "priceTicks") && (typeof message.priceTicks === "object" ? message.priceTicks.low || message.priceTicks.high : message.priceTicks !== 0))
                    writer.uint32(/* id 9, wireType 0 =*/72).int64(message.priceTicks);
                if (message.sizeLots != null && $Object.hasOwnProperty.call(message, "sizeLots") && (typeof message.sizeLots === "object" ? message.sizeLots.low || message.sizeLots.high : message.sizeLots !== 0))
                    writer.uint32(/* id 10, wireType 0 =*/80).int64(message.sizeLots);
                if (message.makerFee != null && $Object.hasOwnProperty.call(message, "makerFee") && (typeof message.makerFee === "object" ? message.makerFee.low || message.makerFee.high : message.makerFee !== 0))
                    writer.uint32(/* id 11, wireType 0 =*/88).int64(message.makerFee);
                if (message.takerFee != null && $Object.hasOwnProperty.call(message, "takerFee") && (typeof message.takerFee === "object" ? message.takerFee.low || message.takerFee.high : message.takerFee !== 0))
                    writer.uint32(/* id 12, wireType 0 =*/96).int64(message.takerFee);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Encodes the specified Fill message, length delimited. Does not implicitly {@link faultline.v1.Fill.verify|verify} messages.
             * @function encodeDelimited
             * @memberof faultline.v1.Fill
             * @static
             * @param {faultline.v1.Fill.$Properties} message Fill message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Fill.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            /**
             * Decodes a Fill message from the specified reader or buffer.
             * @function decode
             * @memberof faultline.v1.Fill
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {faultline.v1.Fill & faultline.v1.Fill.$Shape} Fill
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Fill.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.faultline.v1.Fill();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = $readuint64(reader)) === "object" ? value.low || value.high : value !== 0)
                                message.fillId = value;
                            else
                                delete message.fillId;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = $readuint64(reader)) === "object" ? value.low || value.high : value !== 0)
                                message.height = value;
                            else
                                delete message.height;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.marketId = value;
                            else
                                delete message.marketId;
                            continue;
                        }
                    case 4: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = $readuint64(reader)) === "object" ? value.low || value.high : value !== 0)
                                message.makerOrderId = value;
                            else
                                delete message.makerOrderId;
                            continue;
                        }
                    case 5: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = $readuint64(reader)) === "object" ? value.low || value.high : value !== 0)
                                message.takerOrderId = value;
                            else
                                delete message.takerOrderId;
                            continue;
                        }
                    case 6: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.makerAccountId = value;
                            else
                                delete message.makerAccountId;
                            continue;
                        }
                    case 7: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.takerAccountId = value;
                            else
                                delete message.takerAccountId;
                            continue;
                        }
                    case 8: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.int32())
                                message.takerSide = value;
                            else
                                delete message.takerSide;
                            continue;
                        }
                    case 9: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = $readint64(reader)) === "object" ? value.low || value.high : value !== 0)
                                message.priceTicks = value;
                            else
                                delete message.priceTicks;
                            continue;
                        }
                    case 10: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = $readint64(reader)) === "object" ? value.low || value.high : value !== 0)
                                message.sizeLots = value;
                            else
                                delete message.sizeLots;
                            continue;
                        }
                    case 11: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = $readint64(reader)) === "object" ? value.low || value.high : value !== 0)
                                message.makerFee = value;
                            else
                                delete message.makerFee;
                            continue;
                        }
                    case 12: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = $readint64(reader)) === "object" ? value.low || value.high : value !== 0)
                                message.takerFee = value;
                            else
                                delete message.takerFee;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Decodes a Fill message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof faultline.v1.Fill
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {faultline.v1.Fill & faultline.v1.Fill.$Shape} Fill
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Fill.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            return Fill;
        })();

        v1.Position = (function() {

            /**
             * Properties of a Position.
             * @typedef {Object} faultline.v1.Position.$Properties
             * @property {number|null} [marketId] Position marketId
             * @property {number|null} [sizeLots] Position sizeLots
             * @property {number|null} [entryNotional] Position entryNotional
             * @property {number|null} [realizedPnl] Position realizedPnl
             * @property {number|null} [fundingPaid] Position fundingPaid
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a Position.
             * @memberof faultline.v1
             * @interface IPosition
             * @augments faultline.v1.Position.$Properties
             * @deprecated Use faultline.v1.Position.$Properties instead.
             */

            /**
             * Shape of a Position.
             * @typedef {faultline.v1.Position.$Properties} faultline.v1.Position.$Shape
             */

            /**
             * Constructs a new Position.
             * @memberof faultline.v1
             * @classdesc Represents a Position.
             * @constructor
             * @param {faultline.v1.Position.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const Position = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * Position marketId.
             * @member {number} marketId
             * @memberof faultline.v1.Position
             * @instance
             */
            Position.prototype.marketId = 0;

            /**
             * Position sizeLots.
             * @member {number} sizeLots
             * @memberof faultline.v1.Position
             * @instance
             */
            Position.prototype.sizeLots = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

            /**
             * Position entryNotional.
             * @member {number} entryNotional
             * @memberof faultline.v1.Position
             * @instance
             */
            Position.prototype.entryNotional = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

            /**
             * Position realizedPnl.
             * @member {number} realizedPnl
             * @memberof faultline.v1.Position
             * @instance
             */
            Position.prototype.realizedPnl = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

            /**
             * Position fundingPaid.
             * @member {number} fundingPaid
             * @memberof faultline.v1.Position
             * @instance
             */
            Position.prototype.fundingPaid = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

            /**
             * Creates a new Position instance using the specified properties.
             * @function create
             * @memberof faultline.v1.Position
             * @static
             * @param {faultline.v1.Position.$Properties=} [properties] Properties to set
             * @returns {faultline.v1.Position} Position instance
             * @type {{
             *   (properties: faultline.v1.Position.$Shape): faultline.v1.Position & faultline.v1.Position.$Shape;
             *   (properties?: faultline.v1.Position.$Properties): faultline.v1.Position;
             * }}
             */
            Position.create = function(properties) {
                return new Position(properties);
            };

            /**
             * Encodes the specified Position message. Does not implicitly {@link faultline.v1.Position.verify|verify} messages.
             * @function encode
             * @memberof faultline.v1.Position
             * @static
             * @param {faultline.v1.Position.$Properties} message Position message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Position.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.marketId != null && $Object.hasOwnProperty.call(message, "marketId") && message.marketId !== 0)
                    writer.uint32(/* id 1, wireType 0 =*/8).uint32(message.marketId);
                if (message.sizeLots != null && $Object.hasOwnProperty.call(message, "sizeLots") && (typeof message.sizeLots === "object" ? message.sizeLots.low || message.sizeLots.high : message.sizeLots !== 0))
                    writer.uint32(/* id 2, wireType 0 =*/16).int64(message.sizeLots);
                if (message.entryNotional != null && $Object.hasOwnProperty.call(message, "entryNotional") && (typeof message.entryNotional === "object" ? message.entryNotional.low || message.entryNotional.high : message.entryNotional !== 0))
                    writer.uint32(/* id 3, wireType 0 =*/24).int64(message.entryNotional);
                if (message.realizedPnl != null && $Object.hasOwnProperty.call(message, "realizedPnl") && (typeof message.realizedPnl === "object" ? message.realizedPnl.low || message.realizedPnl.high : message.realizedPnl !== 0))
                    writer.uint32(/* id 4, wireType 0 =*/32).int64(message.realizedPnl);
                if (message.fundingPaid != null && $Object.hasOwnProperty.call(message, "fundingPaid") && (typeof message.fundingPaid === "object" ? message.fundingPaid.low || message.fundingPaid.high : message.fundingPaid !== 0))
                    writer.uint32(/* id 5, wireType 0 =*/40).int64(message.fundingPaid);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Encodes the specified Position message, length delimited. Does not implicitly {@link faultline.v1.Position.verify|verify} messages.
             * @function encodeDelimited
             * @memberof faultline.v1.Position
             * @static
             * @param {faultline.v1.Position.$Properties} message Position message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Position.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            /**
             * Decodes a Position message from the specified reader or buffer.
             * @function decode
             * @memberof faultline.v1.Position
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {faultline.v1.Position & faultline.v1.Position.$Shape} Position
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Position.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.faultline.v1.Position();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.marketId = value;
                            else
                                delete message.marketId;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = $readint64(reader)) === "object" ? value.low || value.high : value !== 0)
                                message.sizeLots = value;
                            else
                                delete message.sizeLots;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = $readint64(reader)) === "object" ? value.low || value.high : value !== 0)
                                message.entryNotional = value;
                            else
                                delete message.entryNotional;
                            continue;
                        }
                    case 4: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = $readint64(reader)) === "object" ? value.low || value.high : value !== 0)
                                message.realizedPnl = value;
                            else
                                delete message.realizedPnl;
                            continue;
                        }
                    case 5: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = $readint64(reader)) === "object" ? value.low || value.high : value !== 0)
                                message.fundingPaid = value;
                            else
                                delete message.fundingPaid;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Decodes a Position message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof faultline.v1.Position
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {faultline.v1.Position & faultline.v1.Position.$Shape} Position
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Position.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            return Position;
        })();

        v1.AccountUpdate = (function() {

            /**
             * Properties of an AccountUpdate.
             * @typedef {Object} faultline.v1.AccountUpdate.$Properties
             * @property {string|null} [accountId] AccountUpdate accountId
             * @property {number|null} [height] AccountUpdate height
             * @property {number|null} [collateral] AccountUpdate collateral
             * @property {number|null} [equity] AccountUpdate equity
             * @property {number|null} [marginInitial] AccountUpdate marginInitial
             * @property {number|null} [marginMaintenance] AccountUpdate marginMaintenance
             * @property {Array.<faultline.v1.Position.$Properties>|null} [positions] AccountUpdate positions
             * @property {number|null} [openOrders] AccountUpdate openOrders
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of an AccountUpdate.
             * @memberof faultline.v1
             * @interface IAccountUpdate
             * @augments faultline.v1.AccountUpdate.$Properties
             * @deprecated Use faultline.v1.AccountUpdate.$Properties instead.
             */

            /**
             * Shape of an AccountUpdate.
             * @typedef {faultline.v1.AccountUpdate.$Properties} faultline.v1.AccountUpdate.$Shape
             */

            /**
             * Constructs a new AccountUpdate.
             * @memberof faultline.v1
             * @classdesc Represents an AccountUpdate.
             * @constructor
             * @param {faultline.v1.AccountUpdate.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const AccountUpdate = function (properties) {
                this.positions = [];
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * AccountUpdate accountId.
             * @member {string} accountId
             * @memberof faultline.v1.AccountUpdate
             * @instance
             */
            AccountUpdate.prototype.accountId = "";

            /**
             * AccountUpdate height.
             * @member {number} height
             * @memberof faultline.v1.AccountUpdate
             * @instance
             */
            AccountUpdate.prototype.height = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * AccountUpdate collateral.
             * @member {number} collateral
             * @memberof faultline.v1.AccountUpdate
             * @instance
             */
            AccountUpdate.prototype.collateral = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

            /**
             * AccountUpdate equity.
             * @member {number} equity
             * @memberof faultline.v1.AccountUpdate
             * @instance
             */
            AccountUpdate.prototype.equity = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

            /**
             * AccountUpdate marginInitial.
             * @member {number} marginInitial
             * @memberof faultline.v1.AccountUpdate
             * @instance
             */
            AccountUpdate.prototype.marginInitial = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

            /**
             * AccountUpdate marginMaintenance.
             * @member {number} marginMaintenance
             * @memberof faultline.v1.AccountUpdate
             * @instance
             */
            AccountUpdate.prototype.marginMaintenance = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

            /**
             * AccountUpdate positions.
             * @member {Array.<faultline.v1.Position.$Properties>} positions
             * @memberof faultline.v1.AccountUpdate
             * @instance
             */
            AccountUpdate.prototype.positions = $util.emptyArray;

            /**
             * AccountUpdate openOrders.
             * @member {number} openOrders
             * @memberof faultline.v1.AccountUpdate
             * @instance
             */
            AccountUpdate.prototype.openOrders = 0;

            /**
             * Creates a new AccountUpdate instance using the specified properties.
             * @function create
             * @memberof faultline.v1.AccountUpdate
             * @static
             * @param {faultline.v1.AccountUpdate.$Properties=} [properties] Properties to set
             * @returns {faultline.v1.AccountUpdate} AccountUpdate instance
             * @type {{
             *   (properties: faultline.v1.AccountUpdate.$Shape): faultline.v1.AccountUpdate & faultline.v1.AccountUpdate.$Shape;
             *   (properties?: faultline.v1.AccountUpdate.$Properties): faultline.v1.AccountUpdate;
             * }}
             */
            AccountUpdate.create = function(properties) {
                return new AccountUpdate(properties);
            };

            /**
             * Encodes the specified AccountUpdate message. Does not implicitly {@link faultline.v1.AccountUpdate.verify|verify} messages.
             * @function encode
             * @memberof faultline.v1.AccountUpdate
             * @static
             * @param {faultline.v1.AccountUpdate.$Properties} message AccountUpdate message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            AccountUpdate.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.accountId != null && $Object.hasOwnProperty.call(message, "accountId") && message.accountId !== "")
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.accountId);
                if (message.height != null && $Object.hasOwnProperty.call(message, "height") && (typeof message.height === "object" ? message.height.low || message.height.high : message.height !== 0))
                    writer.uint32(/* id 2, wireType 0 =*/16).uint64(message.height);
                if (message.collateral != null && $Object.hasOwnProperty.call(message, "collateral") && (typeof message.collateral === "object" ? message.collateral.low || message.collateral.high : message.collateral !== 0))
                    writer.uint32(/* id 3, wireType 0 =*/24).int64(message.collateral);
                if (message.equity != null && $Object.hasOwnProperty.call(message, "equity") && (typeof message.equity === "object" ? message.equity.low || message.equity.high : message.equity !== 0))
                    writer.uint32(/* id 4, wireType 0 =*/32).int64(message.equity);
                if (message.marginInitial != null && $Object.hasOwnProperty.call(message, "marginInitial") && (typeof message.marginInitial === "object" ? message.marginInitial.low || message.marginInitial.high : message.marginInitial !== 0))
                    writer.uint32(/* id 5, wireType 0 =*/40).int64(message.marginInitial);
                if (message.marginMaintenance != null && $Object.hasOwnProperty.call(message, "marginMaintenance") && (typeof message.marginMaintenance === "object" ? message.marginMaintenance.low || message.marginMaintenance.high : message.marginMaintenance !== 0))
                    writer.uint32(/* id 6, wireType 0 =*/48).int64(message.marginMaintenance);
                if (message.positions != null && message.positions.length)
                    for (let i = 0; i < message.positions.length; ++i)
                        $root.faultline.v1.Position.encode(message.positions[i], writer.uint32(/* id 7, wireType 2 =*/58).fork(), _depth + 1).ldelim();
                if (message.openOrders != null && $Object.hasOwnProperty.call(message, "openOrders") && message.openOrders !== 0)
                    writer.uint32(/* id 8, wireType 0 =*/64).uint32(message.openOrders);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Encodes the specified AccountUpdate message, length delimited. Does not implicitly {@link faultline.v1.AccountUpdate.verify|verify} messages.
             * @function encodeDelimited
             * @memberof faultline.v1.AccountUpdate
             * @static
             * @param {faultline.v1.AccountUpdate.$Properties} message AccountUpdate message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            AccountUpdate.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            /**
             * Decodes an AccountUpdate message from the specified reader or buffer.
             * @function decode
             * @memberof faultline.v1.AccountUpdate
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {faultline.v1.AccountUpdate & faultline.v1.AccountUpdate.$Shape} AccountUpdate
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            AccountUpdate.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.faultline.v1.AccountUpdate();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.accountId = value;
                            else
                                delete message.accountId;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = $readuint64(reader)) === "object" ? value.low || value.high : value !== 0)
                                message.height = value;
                            else
                                delete message.height;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = $readint64(reader)) === "object" ? value.low || value.high : value !== 0)
                                message.collateral = value;
                            else
                                delete message.collateral;
                            continue;
                        }
                    case 4: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = $readint64(reader)) === "object" ? value.low || value.high : value !== 0)
                                message.equity = value;
                            else
                                delete message.equity;
                            continue;
                        }
                    case 5: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = $readint64(reader)) === "object" ? value.low || value.high : value !== 0)
                                message.marginInitial = value;
                            else
                                delete message.marginInitial;
                            continue;
                        }
                    case 6: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = $readint64(reader)) === "object" ? value.low || value.high : value !== 0)
                                message.marginMaintenance = value;
                            else
                                delete message.marginMaintenance;
                            continue;
                        }
                    case 7: {
                            if (wireType !== 2)
                                break;
                            if (!(message.positions && message.positions.length))
                                message.positions = [];
                            message.positions.push($root.faultline.v1.Position.decode(reader, reader.size(), $undefined, _depth + 1));
                            continue;
                        }
                    case 8: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.openOrders = value;
                            else
                                delete message.openOrders;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Decodes an AccountUpdate message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof faultline.v1.AccountUpdate
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {faultline.v1.AccountUpdate & faultline.v1.AccountUpdate.$Shape} AccountUpdate
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            AccountUpdate.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            return AccountUpdate;
        })();

        v1.MarketStatus = (function() {

            /**
             * Properties of a MarketStatus.
             * @typedef {Object} faultline.v1.MarketStatus.$Properties
             * @property {number|null} [marketId] MarketStatus marketId
             * @property {number|null} [height] MarketStatus height
             * @property {faultline.v1.MarketState|null} [state] MarketStatus state
             * @property {string|null} [reason] MarketStatus reason
             * @property {number|null} [blockTimeUs] MarketStatus blockTimeUs
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a MarketStatus.
             * @memberof faultline.v1
             * @interface IMarketStatus
             * @augments faultline.v1.MarketStatus.$Properties
             * @deprecated Use faultline.v1.MarketStatus.$Properties instead.
             */

            /**
             * Shape of a MarketStatus.
             * @typedef {faultline.v1.MarketStatus.$Properties} faultline.v1.MarketStatus.$Shape
             */

            /**
             * Constructs a new MarketStatus.
             * @memberof faultline.v1
             * @classdesc Represents a MarketStatus.
             * @constructor
             * @param {faultline.v1.MarketStatus.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const MarketStatus = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * MarketStatus marketId.
             * @member {number} marketId
             * @memberof faultline.v1.MarketStatus
             * @instance
             */
            MarketStatus.prototype.marketId = 0;

            /**
             * MarketStatus height.
             * @member {number} height
             * @memberof faultline.v1.MarketStatus
             * @instance
             */
            MarketStatus.prototype.height = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * MarketStatus state.
             * @member {faultline.v1.MarketState} state
             * @memberof faultline.v1.MarketStatus
             * @instance
             */
            MarketStatus.prototype.state = 0;

            /**
             * MarketStatus reason.
             * @member {string} reason
             * @memberof faultline.v1.MarketStatus
             * @instance
             */
            MarketStatus.prototype.reason = "";

            /**
             * MarketStatus blockTimeUs.
             * @member {number} blockTimeUs
             * @memberof faultline.v1.MarketStatus
             * @instance
             */
            MarketStatus.prototype.blockTimeUs = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

            /**
             * Creates a new MarketStatus instance using the specified properties.
             * @function create
             * @memberof faultline.v1.MarketStatus
             * @static
             * @param {faultline.v1.MarketStatus.$Properties=} [properties] Properties to set
             * @returns {faultline.v1.MarketStatus} MarketStatus instance
             * @type {{
             *   (properties: faultline.v1.MarketStatus.$Shape): faultline.v1.MarketStatus & faultline.v1.MarketStatus.$Shape;
             *   (properties?: faultline.v1.MarketStatus.$Properties): faultline.v1.MarketStatus;
             * }}
             */
            MarketStatus.create = function(properties) {
                return new MarketStatus(properties);
            };

            /**
             * Encodes the specified MarketStatus message. Does not implicitly {@link faultline.v1.MarketStatus.verify|verify} messages.
             * @function encode
             * @memberof faultline.v1.MarketStatus
             * @static
             * @param {faultline.v1.MarketStatus.$Properties} message MarketStatus message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            MarketStatus.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.marketId != null && $Object.hasOwnProperty.call(message, "marketId") && message.marketId !== 0)
                    writer.uint32(/* id 1, wireType 0 =*/8).uint32(message.marketId);
                if (message.height != null && $Object.hasOwnProperty.call(message, "height") && (typeof message.height === "object" ? message.height.low || message.height.high : message.height !== 0))
                    writer.uint32(/* id 2, wireType 0 =*/16).uint64(message.height);
                if (message.state != null && $Object.hasOwnProperty.call(message, "state") && message.state !== 0)
                    writer.uint32(/* id 3, wireType 0 =*/24).int32(message.state);
                if (message.reason != null && $Object.hasOwnProperty.call(message, "reason") && message.reason !== "")
                    writer.uint32(/* id 4, wireType 2 =*/34).string(message.reason);
                if (message.blockTimeUs != null && $Object.hasOwnProperty.call(message, "blockTimeUs") && (typeof message.blockTimeUs === "object" ? message.blockTimeUs.low || message.blockTimeUs.high : message.blockTimeUs !== 0))
                    writer.uint32(/* id 5, wireType 0 =*/40).int64(message.blockTimeUs);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Encodes the specified MarketStatus message, length delimited. Does not implicitly {@link faultline.v1.MarketStatus.verify|verify} messages.
             * @function encodeDelimited
             * @memberof faultline.v1.MarketStatus
             * @static
             * @param {faultline.v1.MarketStatus.$Properties} message MarketStatus message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            MarketStatus.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            /**
             * Decodes a MarketStatus message from the specified reader or buffer.
             * @function decode
             * @memberof faultline.v1.MarketStatus
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {faultline.v1.MarketStatus & faultline.v1.MarketStatus.$Shape} MarketStatus
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            MarketStatus.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.faultline.v1.MarketStatus();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.marketId = value;
                            else
                                delete message.marketId;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = $readuint64(reader)) === "object" ? value.low || value.high : value !== 0)
                                message.height = value;
                            else
                                delete message.height;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.int32())
                                message.state = value;
                            else
                                delete message.state;
                            continue;
                        }
                    case 4: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.reason = value;
                            else
                                delete message.reason;
                            continue;
                        }
                    case 5: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = $readint64(reader)) === "object" ? value.low || value.high : value !== 0)
                                message.blockTimeUs = value;
                            else
                                delete message.blockTimeUs;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Decodes a MarketStatus message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof faultline.v1.MarketStatus
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {faultline.v1.MarketStatus & faultline.v1.MarketStatus.$Shape} MarketStatus
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            MarketStatus.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            return MarketStatus;
        })();

        v1.AuctionResult = (function() {

            /**
             * Properties of an AuctionResult.
             * @typedef {Object} faultline.v1.AuctionResult.$Properties
             * @property {number|null} [marketId] AuctionResult marketId
             * @property {number|null} [height] AuctionResult height
             * @property {number|null} [priceTicks] AuctionResult priceTicks
             * @property {number|null} [matchedLots] AuctionResult matchedLots
             * @property {number|null} [imbalanceLots] AuctionResult imbalanceLots
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of an AuctionResult.
             * @memberof faultline.v1
             * @interface IAuctionResult
             * @augments faultline.v1.AuctionResult.$Properties
             * @deprecated Use faultline.v1.AuctionResult.$Properties instead.
             */

            /**
             * Shape of an AuctionResult.
             * @typedef {faultline.v1.AuctionResult.$Properties} faultline.v1.AuctionResult.$Shape
             */

            /**
             * Constructs a new AuctionResult.
             * @memberof faultline.v1
             * @classdesc Represents an AuctionResult.
             * @constructor
             * @param {faultline.v1.AuctionResult.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const AuctionResult = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * AuctionResult marketId.
             * @member {number} marketId
             * @memberof faultline.v1.AuctionResult
             * @instance
             */
            AuctionResult.prototype.marketId = 0;

            /**
             * AuctionResult height.
             * @member {number} height
             * @memberof faultline.v1.AuctionResult
             * @instance
             */
            AuctionResult.prototype.height = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * AuctionResult priceTicks.
             * @member {number} priceTicks
             * @memberof faultline.v1.AuctionResult
             * @instance
             */
            AuctionResult.prototype.priceTicks = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

            /**
             * AuctionResult matchedLots.
             * @member {number} matchedLots
             * @memberof faultline.v1.AuctionResult
             * @instance
             */
            AuctionResult.prototype.matchedLots = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

            /**
             * AuctionResult imbalanceLots.
             * @member {number} imbalanceLots
             * @memberof faultline.v1.AuctionResult
             * @instance
             */
            AuctionResult.prototype.imbalanceLots = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

            /**
             * Creates a new AuctionResult instance using the specified properties.
             * @function create
             * @memberof faultline.v1.AuctionResult
             * @static
             * @param {faultline.v1.AuctionResult.$Properties=} [properties] Properties to set
             * @returns {faultline.v1.AuctionResult} AuctionResult instance
             * @type {{
             *   (properties: faultline.v1.AuctionResult.$Shape): faultline.v1.AuctionResult & faultline.v1.AuctionResult.$Shape;
             *   (properties?: faultline.v1.AuctionResult.$Properties): faultline.v1.AuctionResult;
             * }}
             */
            AuctionResult.create = function(properties) {
                return new AuctionResult(properties);
            };

            /**
             * Encodes the specified AuctionResult message. Does not implicitly {@link faultline.v1.AuctionResult.verify|verify} messages.
             * @function encode
             * @memberof faultline.v1.AuctionResult
             * @static
             * @param {faultline.v1.AuctionResult.$Properties} message AuctionResult message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            AuctionResult.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.marketId != null && $Object.hasOwnProperty.call(message, "marketId") && message.marketId !== 0)
                    writer.uint32(/* id 1, wireType 0 =*/8).uint32(message.marketId);
                if (message.height != null && $Object.hasOwnProperty.call(message, "height") && (typeof message.height === "object" ? message.height.low || message.height.high : message.height !== 0))
                    writer.uint32(/* id 2, wireType 0 =*/16).uint64(message.height);
                if (message.priceTicks != null && $Object.hasOwnProperty.call(message, "priceTicks") && (typeof message.priceTicks === "object" ? message.priceTicks.low || message.priceTicks.high : message.priceTicks !== 0))
                    writer.uint32(/* id 3, wireType 0 =*/24).int64(message.priceTicks);
                if (message.matchedLots != null && $Object.hasOwnProperty.call(message, "matchedLots") && (typeof message.matchedLots === "object" ? message.matchedLots.low || message.matchedLots.high : message.matchedLots !== 0))
                    writer.uint32(/* id 4, wireType 0 =*/32).int64(message.matchedLots);
                if (message.imbalanceLots != null && $Object.hasOwnProperty.call(message, "imbalanceLots") && (typeof message.imbalanceLots === "object" ? message.imbalanceLots.low || message.imbalanceLots.high : message.imbalanceLots !== 0))
                    writer.uint32(/* id 5, wireType 0 =*/40).int64(message.imbalanceLots);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Encodes the specified AuctionResult message, length delimited. Does not implicitly {@link faultline.v1.AuctionResult.verify|verify} messages.
             * @function encodeDelimited
             * @memberof faultline.v1.AuctionResult
             * @static
             * @param {faultline.v1.AuctionResult.$Properties} message AuctionResult message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            AuctionResult.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            /**
             * Decodes an AuctionResult message from the specified reader or buffer.
             * @function decode
             * @memberof faultline.v1.AuctionResult
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {faultline.v1.AuctionResult & faultline.v1.AuctionResult.$Shape} AuctionResult
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            AuctionResult.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.faultline.v1.AuctionResult();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.marketId = value;
                            else
                                delete message.marketId;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = $readuint64(reader)) === "object" ? value.low || value.high : value !== 0)
                                message.height = value;
                            else
                                delete message.height;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = $readint64(reader)) === "object" ? value.low || value.high : value !== 0)
                                message.priceTicks = value;
                            else
                                delete message.priceTicks;
                            continue;
                        }
                    case 4: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = $readint64(reader)) === "object" ? value.low || value.high : value !== 0)
                                message.matchedLots = value;
                            else
                                delete message.matchedLots;
                            continue;
                        }
                    case 5: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = $readint64(reader)) === "object" ? value.low || value.high : value !== 0)
                                message.imbalanceLots = value;
                            else
                                delete message.imbalanceLots;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Decodes an AuctionResult message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof faultline.v1.AuctionResult
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {faultline.v1.AuctionResult & faultline.v1.AuctionResult.$Shape} AuctionResult
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            AuctionResult.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            return AuctionResult;
        })();

        v1.LiquidationResult = (function() {

            /**
             * Properties of a LiquidationResult.
             * @typedef {Object} faultline.v1.LiquidationResult.$Properties
             * @property {number|null} [height] LiquidationResult height
             * @property {string|null} [accountId] LiquidationResult accountId
             * @property {number|null} [marketId] LiquidationResult marketId
             * @property {string|null} [liquidatorId] LiquidationResult liquidatorId
             * @property {boolean|null} [executed] LiquidationResult executed
             * @property {string|null} [reason] LiquidationResult reason
             * @property {number|null} [sizeLots] LiquidationResult sizeLots
             * @property {number|null} [priceTicks] LiquidationResult priceTicks
             * @property {number|null} [penalty] LiquidationResult penalty
             * @property {number|null} [badDebt] LiquidationResult badDebt
             * @property {number|null} [insuranceFundAfter] LiquidationResult insuranceFundAfter
             * @property {number|null} [equityBefore] LiquidationResult equityBefore
             * @property {number|null} [maintenanceBefore] LiquidationResult maintenanceBefore
             * @property {number|null} [markTicks] LiquidationResult markTicks
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a LiquidationResult.
             * @memberof faultline.v1
             * @interface ILiquidationResult
             * @augments faultline.v1.LiquidationResult.$Properties
             * @deprecated Use faultline.v1.LiquidationResult.$Properties instead.
             */

            /**
             * Shape of a LiquidationResult.
             * @typedef {faultline.v1.LiquidationResult.$Properties} faultline.v1.LiquidationResult.$Shape
             */

            /**
             * Constructs a new LiquidationResult.
             * @memberof faultline.v1
             * @classdesc Represents a LiquidationResult.
             * @constructor
             * @param {faultline.v1.LiquidationResult.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const LiquidationResult = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * LiquidationResult height.
             * @member {number} height
             * @memberof faultline.v1.LiquidationResult
             * @instance
             */
            LiquidationResult.prototype.height = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * LiquidationResult accountId.
             * @member {string} accountId
             * @memberof faultline.v1.LiquidationResult
             * @instance
             */
            LiquidationResult.prototype.accountId = "";

            /**
             * LiquidationResult marketId.
             * @member {number} marketId
             * @memberof faultline.v1.LiquidationResult
             * @instance
             */
            LiquidationResult.prototype.marketId = 0;

            /**
             * LiquidationResult liquidatorId.
             * @member {string} liquidatorId
             * @memberof faultline.v1.LiquidationResult
             * @instance
             */
            LiquidationResult.prototype.liquidatorId = "";

            /**
             * LiquidationResult executed.
             * @member {boolean} executed
             * @memberof faultline.v1.LiquidationResult
             * @instance
             */
            LiquidationResult.prototype.executed = false;

            /**
             * LiquidationResult reason.
             * @member {string} reason
             * @memberof faultline.v1.LiquidationResult
             * @instance
             */
            LiquidationResult.prototype.reason = "";

            /**
             * LiquidationResult sizeLots.
             * @member {number} sizeLots
             * @memberof faultline.v1.LiquidationResult
             * @instance
             */
            LiquidationResult.prototype.sizeLots = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

            /**
             * LiquidationResult priceTicks.
             * @member {number} priceTicks
             * @memberof faultline.v1.LiquidationResult
             * @instance
             */
            LiquidationResult.prototype.priceTicks = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

            /**
             * LiquidationResult penalty.
             * @member {number} penalty
             * @memberof faultline.v1.LiquidationResult
             * @instance
             */
            LiquidationResult.prototype.penalty = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

            /**
             * LiquidationResult badDebt.
             * @member {number} badDebt
             * @memberof faultline.v1.LiquidationResult
             * @instance
             */
            LiquidationResult.prototype.badDebt = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

            /**
             * LiquidationResult insuranceFundAfter.
             * @member {number} insuranceFundAfter
             * @memberof faultline.v1.LiquidationResult
             * @instance
             */
            LiquidationResult.prototype.insuranceFundAfter = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

            /**
             * LiquidationResult equityBefore.
             * @member {number} equityBefore
             * @memberof faultline.v1.LiquidationResult
             * @instance
             */
            LiquidationResult.prototype.equityBefore = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

            /**
             * LiquidationResult maintenanceBefore.
             * @member {number} maintenanceBefore
             * @memberof faultline.v1.LiquidationResult
             * @instance
             */
            LiquidationResult.prototype.maintenanceBefore = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

            /**
             * LiquidationResult markTicks.
             * @member {number} markTicks
             * @memberof faultline.v1.LiquidationResult
             * @instance
             */
            LiquidationResult.prototype.markTicks = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

            /**
             * Creates a new LiquidationResult instance using the specified properties.
             * @function create
             * @memberof faultline.v1.LiquidationResult
             * @static
             * @param {faultline.v1.LiquidationResult.$Properties=} [properties] Properties to set
             * @returns {faultline.v1.LiquidationResult} LiquidationResult instance
             * @type {{
             *   (properties: faultline.v1.LiquidationResult.$Shape): faultline.v1.LiquidationResult & faultline.v1.LiquidationResult.$Shape;
             *   (properties?: faultline.v1.LiquidationResult.$Properties): faultline.v1.LiquidationResult;
             * }}
             */
            LiquidationResult.create = function(properties) {
                return new LiquidationResult(properties);
            };

            /**
             * Encodes the specified LiquidationResult message. Does not implicitly {@link faultline.v1.LiquidationResult.verify|verify} messages.
             * @function encode
             * @memberof faultline.v1.LiquidationResult
             * @static
             * @param {faultline.v1.LiquidationResult.$Properties} message LiquidationResult message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            LiquidationResult.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.height != null && $Object.hasOwnProperty.call(message, "height") && (typeof message.height === "object" ? message.height.low || message.height.high : message.height !== 0))
                    writer.uint32(/* id 1, wireType 0 =*/8).uint64(message.height);
                if (message.accountId != null && $Object.hasOwnProperty.call(message, "accountId") && message.accountId !== "")
                    writer.uint32(/* id 2, wireType 2 =*/18).string(message.accountId);
                if (message.marketId != null && $Object.hasOwnProperty.call(message, "marketId") && message.marketId !== 0)
                    writer.uint32(/* id 3, wireType 0 =*/24).uint32(message.marketId);
                if (message.liquidatorId != null && $Object.hasOwnProperty.call(message, "liquidatorId") && message.liquidatorId !== "")
                    writer.uint32(/* id 4, wireType 2 =*/34).string(message.liquidatorId);
                if (message.executed != null && $Object.hasOwnProperty.call(message, "executed") && message.executed !== false)
                    writer.uint32(/* id 5, wireType 0 =*/40).bool(message.executed);
                if (message.reason != null && $Object.hasOwnProperty.call(message, "reason") && message.reason !== "")
                    writer.uint32(/* id 6, wireType 2 =*/50).string(message.reason);
                if (message.sizeLots != null && $Object.hasOwnProperty.call(message, "sizeLots") && (typeof message.sizeLots === "object" ? message.sizeLots.low || message.sizeLots.high : message.sizeLots !== 0))
                    writer.uint32(/* id 7, wireType 0 =*/56).int64(message.sizeLots);
                if (message.priceTicks != null && $Object.hasOwnProperty.call(message, "priceTicks") && (typeof message.priceTicks === "object" ? message.priceTicks.low || message.priceTicks.high : message.priceTicks !== 0))
                    writer.uint32(/* id 8, wireType 0 =*/64).int64(message.priceTicks);
                if (message.penalty != null && $Object.hasOwnProperty.call(message, "penalty") && (typeof message.penalty === "object" ? message.penalty.low || message.penalty.high : message.penalty !== 0))
                    writer.uint32(/* id 9, wireType 0 =*/72).int64(message.penalty);
                if (message.badDebt != null && $Object.hasOwnProperty.call(message, "badDebt") && (typeof message.badDebt === "object" ? message.badDebt.low || message.badDebt.high : message.badDebt !== 0))
                    writer.uint32(/* id 10, wireType 0 =*/80).int64(message.badDebt);
                if (message.insuranceFundAfter != null && $Object.hasOwnProperty.call(message, "insuranceFundAfter") && (typeof message.insuranceFundAfter === "object" ? message.insuranceFundAfter.low || message.insuranceFundAfter.high : message.insuranceFundAfter !== 0))
                    writer.uint32(/* id 11, wireType 0 =*/88).int64(message.insuranceFundAfter);
                if (message.equityBefore != null && $Object.hasOwnProperty.call(message, "equityBefore") && (typeof message.equityBefore === "object" ? message.equityBefore.low || message.equityBefore.high : message.equityBefore !== 0))
                    writer.uint32(/* id 12, wireType 0 =*/96).int64(message.equityBefore);
                if (message.maintenanceBefore != null && $Object.hasOwnProperty.call(message, "maintenanceBefore") && (typeof message.maintenanceBefore === "object" ? message.maintenanceBefore.low || message.maintenanceBefore.high : message.maintenanceBefore !== 0))
                    writer.uint32(/* id 13, wireType 0 =*/104).int64(message.maintenanceBefore);
                if (message.markTicks != null && $Object.hasOwnProperty.call(message, "markTicks") && (typeof message.markTicks === "object" ? message.markTicks.low || message.markTicks.high : message.markTicks !== 0))
                    writer.uint32(/* id 14, wireType 0 =*/112).int64(message.markTicks);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Encodes the specified LiquidationResult message, length delimited. Does not implicitly {@link faultline.v1.LiquidationResult.verify|verify} messages.
             * @function encodeDelimited
             * @memberof faultline.v1.LiquidationResult
             * @static
             * @param {faultline.v1.LiquidationResult.$Properties} message LiquidationResult message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            LiquidationResult.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            /**
             * Decodes a LiquidationResult message from the specified reader or buffer.
             * @function decode
             * @memberof faultline.v1.LiquidationResult
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {faultline.v1.LiquidationResult & faultline.v1.LiquidationResult.$Shape} LiquidationResult
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            LiquidationResult.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.faultline.v1.LiquidationResult();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = $readuint64(reader)) === "object" ? value.low || value.high : value !== 0)
                                message.height = value;
                            else
                                delete message.height;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.accountId = value;
                            else
                                delete message.accountId;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.marketId = value;
                            else
                                delete message.marketId;
                            continue;
                        }
                    case 4: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.liquidatorId = value;
                            else
                                delete message.liquidatorId;
                            continue;
                        }
                    case 5: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.bool())
                                message.executed = value;
                            else
                                delete message.executed;
                            continue;
                        }
                    case 6: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.reason = value;
                            else
                                delete message.reason;
                            continue;
                        }
                    case 7: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = $readint64(reader)) === "object" ? value.low || value.high : value !== 0)
                                message.sizeLots = value;
                            else
                                delete message.sizeLots;
                            continue;
                        }
                    case 8: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = $readint64(reader)) === "object" ? value.low || value.high : value !== 0)
                                message.priceTicks = value;
                            else
                                delete message.priceTicks;
                            continue;
                        }
                    case 9: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = $readint64(reader)) === "object" ? value.low || value.high : value !== 0)
                                message.penalty = value;
                            else
                                delete message.penalty;
                            continue;
                        }
                    case 10: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = $readint64(reader)) === "object" ? value.low || value.high : value !== 0)
                                message.badDebt = value;
                            else
                                delete message.badDebt;
                            continue;
                        }
                    case 11: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = $readint64(reader)) === "object" ? value.low || value.high : value !== 0)
                                message.insuranceFundAfter = value;
                            else
                                delete message.insuranceFundAfter;
                            continue;
                        }
                    case 12: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = $readint64(reader)) === "object" ? value.low || value.high : value !== 0)
                                message.equityBefore = value;
                            else
                                delete message.equityBefore;
                            continue;
                        }
                    case 13: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = $readint64(reader)) === "object" ? value.low || value.high : value !== 0)
                                message.maintenanceBefore = value;
                            else
                                delete message.maintenanceBefore;
                            continue;
                        }
                    case 14: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = $readint64(reader)) === "object" ? value.low || value.high : value !== 0)
                                message.markTicks = value;
                            else
                                delete message.markTicks;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Decodes a LiquidationResult message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof faultline.v1.LiquidationResult
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {faultline.v1.LiquidationResult & faultline.v1.LiquidationResult.$Shape} LiquidationResult
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            LiquidationResult.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            return LiquidationResult;
        })();

        v1.AdlEvent = (function() {

            /**
             * Properties of an AdlEvent.
             * @typedef {Object} faultline.v1.AdlEvent.$Properties
             * @property {number|null} [height] AdlEvent height
             * @property {number|null} [marketId] AdlEvent marketId
             * @property {string|null} [liquidatedAccountId] AdlEvent liquidatedAccountId
             * @property {string|null} [counterpartyAccountId] AdlEvent counterpartyAccountId
             * @property {number|null} [sizeLots] AdlEvent sizeLots
             * @property {number|null} [priceTicks] AdlEvent priceTicks
             * @property {number|null} [insuranceFundBefore] AdlEvent insuranceFundBefore
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of an AdlEvent.
             * @memberof faultline.v1
             * @interface IAdlEvent
             * @augments faultline.v1.AdlEvent.$Properties
             * @deprecated Use faultline.v1.AdlEvent.$Properties instead.
             */

            /**
             * Shape of an AdlEvent.
             * @typedef {faultline.v1.AdlEvent.$Properties} faultline.v1.AdlEvent.$Shape
             */

            /**
             * Constructs a new AdlEvent.
             * @memberof faultline.v1
             * @classdesc Represents an AdlEvent.
             * @constructor
             * @param {faultline.v1.AdlEvent.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const AdlEvent = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * AdlEvent height.
             * @member {number} height
             * @memberof faultline.v1.AdlEvent
             * @instance
             */
            AdlEvent.prototype.height = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * AdlEvent marketId.
             * @member {number} marketId
             * @memberof faultline.v1.AdlEvent
             * @instance
             */
            AdlEvent.prototype.marketId = 0;

            /**
             * AdlEvent liquidatedAccountId.
             * @member {string} liquidatedAccountId
             * @memberof faultline.v1.AdlEvent
             * @instance
             */
            AdlEvent.prototype.liquidatedAccountId = "";

            /**
             * AdlEvent counterpartyAccountId.
             * @member {string} counterpartyAccountId
             * @memberof faultline.v1.AdlEvent
             * @instance
             */
            AdlEvent.prototype.counterpartyAccountId = "";

            /**
             * AdlEvent sizeLots.
             * @member {number} sizeLots
             * @memberof faultline.v1.AdlEvent
             * @instance
             */
            AdlEvent.prototype.sizeLots = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

            /**
             * AdlEvent priceTicks.
             * @member {number} priceTicks
             * @memberof faultline.v1.AdlEvent
             * @instance
             */
            AdlEvent.prototype.priceTicks = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

            /**
             * AdlEvent insuranceFundBefore.
             * @member {number} insuranceFundBefore
             * @memberof faultline.v1.AdlEvent
             * @instance
             */
            AdlEvent.prototype.insuranceFundBefore = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

            /**
             * Creates a new AdlEvent instance using the specified properties.
             * @function create
             * @memberof faultline.v1.AdlEvent
             * @static
             * @param {faultline.v1.AdlEvent.$Properties=} [properties] Properties to set
             * @returns {faultline.v1.AdlEvent} AdlEvent instance
             * @type {{
             *   (properties: faultline.v1.AdlEvent.$Shape): faultline.v1.AdlEvent & faultline.v1.AdlEvent.$Shape;
             *   (properties?: faultline.v1.AdlEvent.$Properties): faultline.v1.AdlEvent;
             * }}
             */
            AdlEvent.create = function(properties) {
                return new AdlEvent(properties);
            };

            /**
             * Encodes the specified AdlEvent message. Does not implicitly {@link faultline.v1.AdlEvent.verify|verify} messages.
             * @function encode
             * @memberof faultline.v1.AdlEvent
             * @static
             * @param {faultline.v1.AdlEvent.$Properties} message AdlEvent message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            AdlEvent.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.height != null && $Object.hasOwnProperty.call(message, "height") && (typeof message.height === "object" ? message.height.low || message.height.high : message.height !== 0))
                    writer.uint32(/* id 1, wireType 0 =*/8).uint64(message.height);
                if (message.marketId != null && $Object.hasOwnProperty.call(message, "marketId") && message.marketId !== 0)
                    writer.uint32(/* id 2, wireType 0 =*/16).uint32(message.marketId);
                if (message.liquidatedAccountId != null && $Object.hasOwnProperty.call(message, "liquidatedAccountId") && message.liquidatedAccountId !== "")
                    writer.uint32(/* id 3, wireType 2 =*/26).string(message.liquidatedAccountId);
                if (message.counterpartyAccountId != null && $Object.hasOwnProperty.call(message, "counterpartyAccountId") && message.counterpartyAccountId !== "")
                    writer.uint32(/* id 4, wireType 2 =*/34).string(message.counterpartyAccountId);
                if (message.sizeLots != null && $Object.hasOwnProperty.call(message, "sizeLots") && (typeof message.sizeLots === "object" ? message.sizeLots.low || message.sizeLots.high : message.sizeLots !== 0))
                    writer.uint32(/* id 5, wireType 0 =*/40).int64(message.sizeLots);
                if (message.priceTicks != null && $Object.hasOwnProperty.call(message, "priceTicks") && (typeof message.priceTicks === "object" ? message.priceTicks.low || message.priceTicks.high : message.priceTicks !== 0))
                    writer.uint32(/* id 6, wireType 0 =*/48).int64(message.priceTicks);
                if (message.insuranceFundBefore != null && $Object.hasOwnProperty.call(message, "insuranceFundBefore") && (typeof message.insuranceFundBefore === "object" ? message.insuranceFundBefore.low || message.insuranceFundBefore.high : message.insuranceFundBefore !== 0))
                    writer.uint32(/* id 7, wireType 0 =*/56).int64(message.insuranceFundBefore);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Encodes the specified AdlEvent message, length delimited. Does not implicitly {@link faultline.v1.AdlEvent.verify|verify} messages.
             * @function encodeDelimited
             * @memberof faultline.v1.AdlEvent
             * @static
             * @param {faultline.v1.AdlEvent.$Properties} message AdlEvent message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            AdlEvent.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            /**
             * Decodes an AdlEvent message from the specified reader or buffer.
             * @function decode
             * @memberof faultline.v1.AdlEvent
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {faultline.v1.AdlEvent & faultline.v1.AdlEvent.$Shape} AdlEvent
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            AdlEvent.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.faultline.v1.AdlEvent();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = $readuint64(reader)) === "object" ? value.low || value.high : value !== 0)
                                message.height = value;
                            else
                                delete message.height;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.marketId = value;
                            else
                                delete message.marketId;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.liquidatedAccountId = value;
                            else
                                delete message.liquidatedAccountId;
                            continue;
                        }
                    case 4: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.counterpartyAccountId = value;
                            else
                                delete message.counterpartyAccountId;
                            continue;
                        }
                    case 5: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = $readint64(reader)) === "object" ? value.low || value.high : value !== 0)
                                message.sizeLots = value;
                            else
                                delete message.sizeLots;
                            continue;
                        }
                    case 6: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = $readint64(reader)) === "object" ? value.low || value.high : value !== 0)
                                message.priceTicks = value;
                            else
                                delete message.priceTicks;
                            continue;
                        }
                    case 7: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = $readint64(reader)) === "object" ? value.low || value.high : value !== 0)
                                message.insuranceFundBefore = value;
                            else
                                delete message.insuranceFundBefore;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Decodes an AdlEvent message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof faultline.v1.AdlEvent
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {faultline.v1.AdlEvent & faultline.v1.AdlEvent.$Shape} AdlEvent
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            AdlEvent.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            return AdlEvent;
        })();

        v1.FundingPayment = (function() {

            /**
             * Properties of a FundingPayment.
             * @typedef {Object} faultline.v1.FundingPayment.$Properties
             * @property {number|null} [height] FundingPayment height
             * @property {number|null} [marketId] FundingPayment marketId
             * @property {number|null} [ratePpm] FundingPayment ratePpm
             * @property {number|null} [markTicks] FundingPayment markTicks
             * @property {number|null} [oracleTicks] FundingPayment oracleTicks
             * @property {number|null} [totalPaidByLongs] FundingPayment totalPaidByLongs
             * @property {number|null} [totalPaid] FundingPayment totalPaid
             * @property {number|null} [totalReceived] FundingPayment totalReceived
             * @property {number|null} [intervals] FundingPayment intervals
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a FundingPayment.
             * @memberof faultline.v1
             * @interface IFundingPayment
             * @augments faultline.v1.FundingPayment.$Properties
             * @deprecated Use faultline.v1.FundingPayment.$Properties instead.
             */

            /**
             * Shape of a FundingPayment.
             * @typedef {faultline.v1.FundingPayment.$Properties} faultline.v1.FundingPayment.$Shape
             */

            /**
             * Constructs a new FundingPayment.
             * @memberof faultline.v1
             * @classdesc Represents a FundingPayment.
             * @constructor
             * @param {faultline.v1.FundingPayment.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const FundingPayment = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * FundingPayment height.
             * @member {number} height
             * @memberof faultline.v1.FundingPayment
             * @instance
             */
            FundingPayment.prototype.height = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * FundingPayment marketId.
             * @member {number} marketId
             * @memberof faultline.v1.FundingPayment
             * @instance
             */
            FundingPayment.prototype.marketId = 0;

            /**
             * FundingPayment ratePpm.
             * @member {number} ratePpm
             * @memberof faultline.v1.FundingPayment
             * @instance
             */
            FundingPayment.prototype.ratePpm = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

            /**
             * FundingPayment markTicks.
             * @member {number} markTicks
             * @memberof faultline.v1.FundingPayment
             * @instance
             */
            FundingPayment.prototype.markTicks = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

            /**
             * FundingPayment oracleTicks.
             * @member {number} oracleTicks
             * @memberof faultline.v1.FundingPayment
             * @instance
             */
            FundingPayment.prototype.oracleTicks = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

            /**
             * FundingPayment totalPaidByLongs.
             * @member {number} totalPaidByLongs
             * @memberof faultline.v1.FundingPayment
             * @instance
             */
            FundingPayment.prototype.totalPaidByLongs = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

            /**
             * FundingPayment totalPaid.
             * @member {number} totalPaid
             * @memberof faultline.v1.FundingPayment
             * @instance
             */
            FundingPayment.prototype.totalPaid = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

            /**
             * FundingPayment totalReceived.
             * @member {number} totalReceived
             * @memberof faultline.v1.FundingPayment
             * @instance
             */
            FundingPayment.prototype.totalReceived = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

            /**
             * FundingPayment intervals.
             * @member {number} intervals
             * @memberof faultline.v1.FundingPayment
             * @instance
             */
            FundingPayment.prototype.intervals = 0;

            /**
             * Creates a new FundingPayment instance using the specified properties.
             * @function create
             * @memberof faultline.v1.FundingPayment
             * @static
             * @param {faultline.v1.FundingPayment.$Properties=} [properties] Properties to set
             * @returns {faultline.v1.FundingPayment} FundingPayment instance
             * @type {{
             *   (properties: faultline.v1.FundingPayment.$Shape): faultline.v1.FundingPayment & faultline.v1.FundingPayment.$Shape;
             *   (properties?: faultline.v1.FundingPayment.$Properties): faultline.v1.FundingPayment;
             * }}
             */
            FundingPayment.create = function(properties) {
                return new FundingPayment(properties);
            };

            /**
             * Encodes the specified FundingPayment message. Does not implicitly {@link faultline.v1.FundingPayment.verify|verify} messages.
             * @function encode
             * @memberof faultline.v1.FundingPayment
             * @static
             * @param {faultline.v1.FundingPayment.$Properties} message FundingPayment message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            FundingPayment.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.height != null && $Object.hasOwnProperty.call(message, "height") && (typeof message.height === "object" ? message.height.low || message.height.high : message.height !== 0))
                    writer.uint32(/* id 1, wireType 0 =*/8).uint64(message.height);
                if (message.marketId != null && $Object.hasOwnProperty.call(message, "marketId") && message.marketId !== 0)
                    writer.uint32(/* id 2, wireType 0 =*/16).uint32(message.marketId);
                if (message.ratePpm != null && $Object.hasOwnProperty.call(message, "ratePpm") && (typeof message.ratePpm === "object" ? message.ratePpm.low || message.ratePpm.high : message.ratePpm !== 0))
                    writer.uint32(/* id 3, wireType 0 =*/24).int64(message.ratePpm);
                if (message.markTicks != null && $Object.hasOwnProperty.call(message, "markTicks") && (typeof message.markTicks === "object" ? message.markTicks.low || message.markTicks.high : message.markTicks !== 0))
                    writer.uint32(/* id 4, wireType 0 =*/32).int64(message.markTicks);
                if (message.oracleTicks != null && $Object.hasOwnProperty.call(message, "oracleTicks") && (typeof message.oracleTicks === "object" ? message.oracleTicks.low || message.oracleTicks.high : message.oracleTicks !== 0))
                    writer.uint32(/* id 5, wireType 0 =*/40).int64(message.oracleTicks);
                if (message.totalPaidByLongs != null && $Object.hasOwnProperty.call(message, "totalPaidByLongs") && (typeof message.totalPaidByLongs === "object" ? message.totalPaidByLongs.low || message.totalPaidByLongs.high : message.totalPaidByLongs !== 0))
                    writer.uint32(/* id 6, wireType 0 =*/48).int64(message.totalPaidByLongs);
                if (message.totalPaid != null && $Object.hasOwnProperty.call(message, "totalPaid") && (typeof message.totalPaid === "object" ? message.totalPaid.low || message.totalPaid.high : message.totalPaid !== 0))
                    writer.uint32(/* id 7, wireType 0 =*/56).int64(message.totalPaid);
                if (message.totalReceived != null && $Object.hasOwnProperty.call(message, "totalReceived") && (typeof message.totalReceived === "object" ? message.totalReceived.low || message.totalReceived.high : message.totalReceived !== 0))
                    writer.uint32(/* id 8, wireType 0 =*/64).int64(message.totalReceived);
                if (message.intervals != null && $Object.hasOwnProperty.call(message, "intervals") && message.intervals !== 0)
                    writer.uint32(/* id 9, wireType 0 =*/72).uint32(message.intervals);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Encodes the specified FundingPayment message, length delimited. Does not implicitly {@link faultline.v1.FundingPayment.verify|verify} messages.
             * @function encodeDelimited
             * @memberof faultline.v1.FundingPayment
             * @static
             * @param {faultline.v1.FundingPayment.$Properties} message FundingPayment message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            FundingPayment.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            /**
             * Decodes a FundingPayment message from the specified reader or buffer.
             * @function decode
             * @memberof faultline.v1.FundingPayment
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {faultline.v1.FundingPayment & faultline.v1.FundingPayment.$Shape} FundingPayment
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            FundingPayment.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.faultline.v1.FundingPayment();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = $readuint64(reader)) === "object" ? value.low || value.high : value !== 0)
                                message.height = value;
                            else
                                delete message.height;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.marketId = value;
                            else
                                delete message.marketId;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = $readint64(reader)) === "object" ? value.low || value.high : value !== 0)
                                message.ratePpm = value;
                            else
                                delete message.ratePpm;
                            continue;
                        }
                    case 4: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = $readint64(reader)) === "object" ? value.low || value.high : value !== 0)
                                message.markTicks = value;
                            else
                                delete message.markTicks;
                            continue;
                        }
                    case 5: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = $readint64(reader)) === "object" ? value.low || value.high : value !== 0)
                                message.oracleTicks = value;
                            else
                                delete message.oracleTicks;
                            continue;
                        }
                    case 6: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = $readint64(reader)) === "object" ? value.low || value.high : value !== 0)
                                message.totalPaidByLongs = value;
                            else
                                delete message.totalPaidByLongs;
                            continue;
                        }
                    case 7: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = $readint64(reader)) === "object" ? value.low || value.high : value !== 0)
                                message.totalPaid = value;
                            else
                                delete message.totalPaid;
                            continue;
                        }
                    case 8: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = $readint64(reader)) === "object" ? value.low || value.high : value !== 0)
                                message.totalReceived = value;
                            else
                                delete message.totalReceived;
                            continue;
                        }
                    case 9: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.intervals = value;
                            else
                                delete message.intervals;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Decodes a FundingPayment message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof faultline.v1.FundingPayment
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {faultline.v1.FundingPayment & faultline.v1.FundingPayment.$Shape} FundingPayment
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            FundingPayment.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            return FundingPayment;
        })();

        v1.OraclePrice = (function() {

            /**
             * Properties of an OraclePrice.
             * @typedef {Object} faultline.v1.OraclePrice.$Properties
             * @property {number|null} [marketId] OraclePrice marketId
             * @property {number|null} [height] OraclePrice height
             * @property {number|null} [priceTicks] OraclePrice priceTicks
             * @property {number|null} [freshReports] OraclePrice freshReports
             * @property {boolean|null} [stale] OraclePrice stale
             * @property {number|null} [markTicks] OraclePrice markTicks
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of an OraclePrice.
             * @memberof faultline.v1
             * @interface IOraclePrice
             * @augments faultline.v1.OraclePrice.$Properties
             * @deprecated Use faultline.v1.OraclePrice.$Properties instead.
             */

            /**
             * Shape of an OraclePrice.
             * @typedef {faultline.v1.OraclePrice.$Properties} faultline.v1.OraclePrice.$Shape
             */

            /**
             * Constructs a new OraclePrice.
             * @memberof faultline.v1
             * @classdesc Represents an OraclePrice.
             * @constructor
             * @param {faultline.v1.OraclePrice.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const OraclePrice = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * OraclePrice marketId.
             * @member {number} marketId
             * @memberof faultline.v1.OraclePrice
             * @instance
             */
            OraclePrice.prototype.marketId = 0;

            /**
             * OraclePrice height.
             * @member {number} height
             * @memberof faultline.v1.OraclePrice
             * @instance
             */
            OraclePrice.prototype.height = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * OraclePrice priceTicks.
             * @member {number} priceTicks
             * @memberof faultline.v1.OraclePrice
             * @instance
             */
            OraclePrice.prototype.priceTicks = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

            /**
             * OraclePrice freshReports.
             * @member {number} freshReports
             * @memberof faultline.v1.OraclePrice
             * @instance
             */
            OraclePrice.prototype.freshReports = 0;

            /**
             * OraclePrice stale.
             * @member {boolean} stale
             * @memberof faultline.v1.OraclePrice
             * @instance
             */
            OraclePrice.prototype.stale = false;

            /**
             * OraclePrice markTicks.
             * @member {number} markTicks
             * @memberof faultline.v1.OraclePrice
             * @instance
             */
            OraclePrice.prototype.markTicks = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

            /**
             * Creates a new OraclePrice instance using the specified properties.
             * @function create
             * @memberof faultline.v1.OraclePrice
             * @static
             * @param {faultline.v1.OraclePrice.$Properties=} [properties] Properties to set
             * @returns {faultline.v1.OraclePrice} OraclePrice instance
             * @type {{
             *   (properties: faultline.v1.OraclePrice.$Shape): faultline.v1.OraclePrice & faultline.v1.OraclePrice.$Shape;
             *   (properties?: faultline.v1.OraclePrice.$Properties): faultline.v1.OraclePrice;
             * }}
             */
            OraclePrice.create = function(properties) {
                return new OraclePrice(properties);
            };

            /**
             * Encodes the specified OraclePrice message. Does not implicitly {@link faultline.v1.OraclePrice.verify|verify} messages.
             * @function encode
             * @memberof faultline.v1.OraclePrice
             * @static
             * @param {faultline.v1.OraclePrice.$Properties} message OraclePrice message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            OraclePrice.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.marketId != null && $Object.hasOwnProperty.call(message, "marketId") && message.marketId !== 0)
                    writer.uint32(/* id 1, wireType 0 =*/8).uint32(message.marketId);
                if (message.height != null && $Object.hasOwnProperty.call(message, "height") && (typeof message.height === "object" ? message.height.low || message.height.high : message.height !== 0))
                    writer.uint32(/* id 2, wireType 0 =*/16).uint64(message.height);
                if (message.priceTicks != null && $Object.hasOwnProperty.call(message, "priceTicks") && (typeof message.priceTicks === "object" ? message.priceTicks.low || message.priceTicks.high : message.priceTicks !== 0))
                    writer.uint32(/* id 3, wireType 0 =*/24).int64(message.priceTicks);
                if (message.freshReports != null && $Object.hasOwnProperty.call(message, "freshReports") && message.freshReports !== 0)
                    writer.uint32(/* id 4, wireType 0 =*/32).uint32(message.freshReports);
                if (message.stale != null && $Object.hasOwnProperty.call(message, "stale") && message.stale !== false)
                    writer.uint32(/* id 5, wireType 0 =*/40).bool(message.stale);
                if (message.markTicks != null && $Object.hasOwnProperty.call(message, "markTicks") && (typeof message.markTicks === "object" ? message.markTicks.low || message.markTicks.high : message.markTicks !== 0))
                    writer.uint32(/* id 6, wireType 0 =*/48).int64(message.markTicks);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Encodes the specified OraclePrice message, length delimited. Does not implicitly {@link faultline.v1.OraclePrice.verify|verify} messages.
             * @function encodeDelimited
             * @memberof faultline.v1.OraclePrice
             * @static
             * @param {faultline.v1.OraclePrice.$Properties} message OraclePrice message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            OraclePrice.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            /**
             * Decodes an OraclePrice message from the specified reader or buffer.
             * @function decode
             * @memberof faultline.v1.OraclePrice
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {faultline.v1.OraclePrice & faultline.v1.OraclePrice.$Shape} OraclePrice
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            OraclePrice.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.faultline.v1.OraclePrice();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.marketId = value;
                            else
                                delete message.marketId;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = $readuint64(reader)) === "object" ? value.low || value.high : value !== 0)
                                message.height = value;
                            else
                                delete message.height;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = $readint64(reader)) === "object" ? value.low || value.high : value !== 0)
                                message.priceTicks = value;
                            else
                                delete message.priceTicks;
                            continue;
                        }
                    case 4: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.freshReports = value;
                            else
                                delete message.freshReports;
                            continue;
                        }
                    case 5: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.bool())
                                message.stale = value;
                            else
                                delete message.stale;
                            continue;
                        }
                    case 6: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = $readint64(reader)) === "object" ? value.low || value.high : value !== 0)
                                message.markTicks = value;
                            else
                                delete message.markTicks;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Decodes an OraclePrice message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof faultline.v1.OraclePrice
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {faultline.v1.OraclePrice & faultline.v1.OraclePrice.$Shape} OraclePrice
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            OraclePrice.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            return OraclePrice;
        })();

        v1.TxRejected = (function() {

            /**
             * Properties of a TxRejected.
             * @typedef {Object} faultline.v1.TxRejected.$Properties
             * @property {number|null} [height] TxRejected height
             * @property {Uint8Array|null} [txHash] TxRejected txHash
             * @property {string|null} [clientId] TxRejected clientId
             * @property {number|null} [nonce] TxRejected nonce
             * @property {string|null} [reason] TxRejected reason
             * @property {string|null} [detail] TxRejected detail
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a TxRejected.
             * @memberof faultline.v1
             * @interface ITxRejected
             * @augments faultline.v1.TxRejected.$Properties
             * @deprecated Use faultline.v1.TxRejected.$Properties instead.
             */

            /**
             * Shape of a TxRejected.
             * @typedef {faultline.v1.TxRejected.$Properties} faultline.v1.TxRejected.$Shape
             */

            /**
             * Constructs a new TxRejected.
             * @memberof faultline.v1
             * @classdesc Represents a TxRejected.
             * @constructor
             * @param {faultline.v1.TxRejected.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const TxRejected = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * TxRejected height.
             * @member {number} height
             * @memberof faultline.v1.TxRejected
             * @instance
             */
            TxRejected.prototype.height = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * TxRejected txHash.
             * @member {Uint8Array} txHash
             * @memberof faultline.v1.TxRejected
             * @instance
             */
            TxRejected.prototype.txHash = $util.newBuffer([]);

            /**
             * TxRejected clientId.
             * @member {string} clientId
             * @memberof faultline.v1.TxRejected
             * @instance
             */
            TxRejected.prototype.clientId = "";

            /**
             * TxRejected nonce.
             * @member {number} nonce
             * @memberof faultline.v1.TxRejected
             * @instance
             */
            TxRejected.prototype.nonce = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * TxRejected reason.
             * @member {string} reason
             * @memberof faultline.v1.TxRejected
             * @instance
             */
            TxRejected.prototype.reason = "";

            /**
             * TxRejected detail.
             * @member {string} detail
             * @memberof faultline.v1.TxRejected
             * @instance
             */
            TxRejected.prototype.detail = "";

            /**
             * Creates a new TxRejected instance using the specified properties.
             * @function create
             * @memberof faultline.v1.TxRejected
             * @static
             * @param {faultline.v1.TxRejected.$Properties=} [properties] Properties to set
             * @returns {faultline.v1.TxRejected} TxRejected instance
             * @type {{
             *   (properties: faultline.v1.TxRejected.$Shape): faultline.v1.TxRejected & faultline.v1.TxRejected.$Shape;
             *   (properties?: faultline.v1.TxRejected.$Properties): faultline.v1.TxRejected;
             * }}
             */
            TxRejected.create = function(properties) {
                return new TxRejected(properties);
            };

            /**
             * Encodes the specified TxRejected message. Does not implicitly {@link faultline.v1.TxRejected.verify|verify} messages.
             * @function encode
             * @memberof faultline.v1.TxRejected
             * @static
             * @param {faultline.v1.TxRejected.$Properties} message TxRejected message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            TxRejected.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.height != null && $Object.hasOwnProperty.call(message, "height") && (typeof message.height === "object" ? message.height.low || message.height.high : message.height !== 0))
                    writer.uint32(/* id 1, wireType 0 =*/8).uint64(message.height);
                if (message.txHash != null && $Object.hasOwnProperty.call(message, "txHash") && message.txHash.length)
                    writer.uint32(/* id 2, wireType 2 =*/18).bytes(message.txHash);
                if (message.clientId != null && $Object.hasOwnProperty.call(message, "clientId") && message.clientId !== "")
                    writer.uint32(/* id 3, wireType 2 =*/26).string(message.clientId);
                if (message.nonce != null && $Object.hasOwnProperty.call(message, "nonce") && (typeof message.nonce === "object" ? message.nonce.low || message.nonce.high : message.nonce !== 0))
                    writer.uint32(/* id 4, wireType 0 =*/32).uint64(message.nonce);
                if (message.reason != null && $Object.hasOwnProperty.call(message, "reason") && message.reason !== "")
                    writer.uint32(/* id 5, wireType 2 =*/42).string(message.reason);
                if (message.detail != null && $Object.hasOwnProperty.call(message, "detail") && message.detail !== "")
                    writer.uint32(/* id 6, wireType 2 =*/50).string(message.detail);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Encodes the specified TxRejected message, length delimited. Does not implicitly {@link faultline.v1.TxRejected.verify|verify} messages.
             * @function encodeDelimited
             * @memberof faultline.v1.TxRejected
             * @static
             * @param {faultline.v1.TxRejected.$Properties} message TxRejected message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            TxRejected.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            /**
             * Decodes a TxRejected message from the specified reader or buffer.
             * @function decode
             * @memberof faultline.v1.TxRejected
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {faultline.v1.TxRejected & faultline.v1.TxRejected.$Shape} TxRejected
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            TxRejected.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.faultline.v1.TxRejected();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = $readuint64(reader)) === "object" ? value.low || value.high : value !== 0)
                                message.height = value;
                            else
                                delete message.height;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.bytes()).length)
                                message.txHash = value;
                            else
                                delete message.txHash;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.clientId = value;
                            else
                                delete message.clientId;
                            continue;
                        }
                    case 4: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = $readuint64(reader)) === "object" ? value.low || value.high : value !== 0)
                                message.nonce = value;
                            else
                                delete message.nonce;
                            continue;
                        }
                    case 5: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.reason = value;
                            else
                                delete message.reason;
                            continue;
                        }
                    case 6: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.detail = value;
                            else
                                delete message.detail;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Decodes a TxRejected message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof faultline.v1.TxRejected
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {faultline.v1.TxRejected & faultline.v1.TxRejected.$Shape} TxRejected
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            TxRejected.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            return TxRejected;
        })();

        v1.OrderUpdate = (function() {

            /**
             * Properties of an OrderUpdate.
             * @typedef {Object} faultline.v1.OrderUpdate.$Properties
             * @property {number|null} [height] OrderUpdate height
             * @property {number|null} [marketId] OrderUpdate marketId
             * @property {number|null} [orderId] OrderUpdate orderId
             * @property {number|null} [clientOrderId] OrderUpdate clientOrderId
             * @property {string|null} [accountId] OrderUpdate accountId
             * @property {string|null} [status] OrderUpdate status
             * @property {number|null} [remainingLots] OrderUpdate remainingLots
             * @property {string|null} [reason] OrderUpdate reason
             * @property {string|null} [detail] OrderUpdate detail
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of an OrderUpdate.
             * @memberof faultline.v1
             * @interface IOrderUpdate
             * @augments faultline.v1.OrderUpdate.$Properties
             * @deprecated Use faultline.v1.OrderUpdate.$Properties instead.
             */

            /**
             * Shape of an OrderUpdate.
             * @typedef {faultline.v1.OrderUpdate.$Properties} faultline.v1.OrderUpdate.$Shape
             */

            /**
             * Constructs a new OrderUpdate.
             * @memberof faultline.v1
             * @classdesc Represents an OrderUpdate.
             * @constructor
             * @param {faultline.v1.OrderUpdate.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const OrderUpdate = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * OrderUpdate height.
             * @member {number} height
             * @memberof faultline.v1.OrderUpdate
             * @instance
             */
            OrderUpdate.prototype.height = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * OrderUpdate marketId.
             * @member {number} marketId
             * @memberof faultline.v1.OrderUpdate
             * @instance
             */
            OrderUpdate.prototype.marketId = 0;

            /**
             * OrderUpdate orderId.
             * @member {number} orderId
             * @memberof faultline.v1.OrderUpdate
             * @instance
             */
            OrderUpdate.prototype.orderId = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * OrderUpdate clientOrderId.
             * @member {number} clientOrderId
             * @memberof faultline.v1.OrderUpdate
             * @instance
             */
            OrderUpdate.prototype.clientOrderId = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * OrderUpdate accountId.
             * @member {string} accountId
             * @memberof faultline.v1.OrderUpdate
             * @instance
             */
            OrderUpdate.prototype.accountId = "";

            /**
             * OrderUpdate status.
             * @member {string} status
             * @memberof faultline.v1.OrderUpdate
             * @instance
             */
            OrderUpdate.prototype.status = "";

            /**
             * OrderUpdate remainingLots.
             * @member {number} remainingLots
             * @memberof faultline.v1.OrderUpdate
             * @instance
             */
            OrderUpdate.prototype.remainingLots = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

            /**
             * OrderUpdate reason.
             * @member {string} reason
             * @memberof faultline.v1.OrderUpdate
             * @instance
             */
            OrderUpdate.prototype.reason = "";

            /**
             * OrderUpdate detail.
             * @member {string} detail
             * @memberof faultline.v1.OrderUpdate
             * @instance
             */
            OrderUpdate.prototype.detail = "";

            /**
             * Creates a new OrderUpdate instance using the specified properties.
             * @function create
             * @memberof faultline.v1.OrderUpdate
             * @static
             * @param {faultline.v1.OrderUpdate.$Properties=} [properties] Properties to set
             * @returns {faultline.v1.OrderUpdate} OrderUpdate instance
             * @type {{
             *   (properties: faultline.v1.OrderUpdate.$Shape): faultline.v1.OrderUpdate & faultline.v1.OrderUpdate.$Shape;
             *   (properties?: faultline.v1.OrderUpdate.$Properties): faultline.v1.OrderUpdate;
             * }}
             */
            OrderUpdate.create = function(properties) {
                return new OrderUpdate(properties);
            };

            /**
             * Encodes the specified OrderUpdate message. Does not implicitly {@link faultline.v1.OrderUpdate.verify|verify} messages.
             * @function encode
             * @memberof faultline.v1.OrderUpdate
             * @static
             * @param {faultline.v1.OrderUpdate.$Properties} message OrderUpdate message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            OrderUpdate.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.height != null && $Object.hasOwnProperty.call(message, "height") && (typeof message.height === "object" ? message.height.low || message.height.high : message.height !== 0))
                    writer.uint32(/* id 1, wireType 0 =*/8).uint64(message.height);
                if (message.marketId != null && $Object.hasOwnProperty.call(message, "marketId") && message.marketId !== 0)
                    writer.uint32(/* id 2, wireType 0 =*/16).uint32(message.marketId);
                if (message.orderId != null && $Object.hasOwnProperty.call(message, "orderId") && (typeof message.orderId === "object" ? message.orderId.low || message.orderId.high : message.orderId !== 0))
                    writer.uint32(/* id 3, wireType 0 =*/24).uint64(message.orderId);
                if (message.clientOrderId != null && $Object.hasOwnProperty.call(message, "clientOrderId") && (typeof message.clientOrderId === "object" ? message.clientOrderId.low || message.clientOrderId.high : message.clientOrderId !== 0))
                    writer.uint32(/* id 4, wireType 0 =*/32).uint64(message.clientOrderId);
                if (message.accountId != null && $Object.hasOwnProperty.call(message, "accountId") && message.accountId !== "")
                    writer.uint32(/* id 5, wireType 2 =*/42).string(message.accountId);
                if (message.status != null && $Object.hasOwnProperty.call(message, "status") && message.status !== "")
                    writer.uint32(/* id 6, wireType 2 =*/50).string(message.status);
                if (message.remainingLots != null && $Object.hasOwnProperty.call(message, "remainingLots") && (typeof message.remainingLots === "object" ? message.remainingLots.low || message.remainingLots.high : message.remainingLots !== 0))
                    writer.uint32(/* id 7, wireType 0 =*/56).int64(message.remainingLots);
                if (message.reason != null && $Object.hasOwnProperty.call(message, "reason") && message.reason !== "")
                    writer.uint32(/* id 8, wireType 2 =*/66).string(message.reason);
                if (message.detail != null && $Object.hasOwnProperty.call(message, "detail") && message.detail !== "")
                    writer.uint32(/* id 9, wireType 2 =*/74).string(message.detail);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Encodes the specified OrderUpdate message, length delimited. Does not implicitly {@link faultline.v1.OrderUpdate.verify|verify} messages.
             * @function encodeDelimited
             * @memberof faultline.v1.OrderUpdate
             * @static
             * @param {faultline.v1.OrderUpdate.$Properties} message OrderUpdate message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            OrderUpdate.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            /**
             * Decodes an OrderUpdate message from the specified reader or buffer.
             * @function decode
             * @memberof faultline.v1.OrderUpdate
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {faultline.v1.OrderUpdate & faultline.v1.OrderUpdate.$Shape} OrderUpdate
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            OrderUpdate.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.faultline.v1.OrderUpdate();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = $readuint64(reader)) === "object" ? value.low || value.high : value !== 0)
                                message.height = value;
                            else
                                delete message.height;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.marketId = value;
                            else
                                delete message.marketId;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = $readuint64(reader)) === "object" ? value.low || value.high : value !== 0)
                                message.orderId = value;
                            else
                                delete message.orderId;
                            continue;
                        }
                    case 4: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = $readuint64(reader)) === "object" ? value.low || value.high : value !== 0)
                                message.clientOrderId = value;
                            else
                                delete message.clientOrderId;
                            continue;
                        }
                    case 5: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.accountId = value;
                            else
                                delete message.accountId;
                            continue;
                        }
                    case 6: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.status = value;
                            else
                                delete message.status;
                            continue;
                        }
                    case 7: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = $readint64(reader)) === "object" ? value.low || value.high : value !== 0)
                                message.remainingLots = value;
                            else
                                delete message.remainingLots;
                            continue;
                        }
                    case 8: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.reason = value;
                            else
                                delete message.reason;
                            continue;
                        }
                    case 9: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.detail = value;
                            else
                                delete message.detail;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Decodes an OrderUpdate message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof faultline.v1.OrderUpdate
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {faultline.v1.OrderUpdate & faultline.v1.OrderUpdate.$Shape} OrderUpdate
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            OrderUpdate.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            return OrderUpdate;
        })();

        v1.StateHash = (function() {

            /**
             * Properties of a StateHash.
             * @typedef {Object} faultline.v1.StateHash.$Properties
             * @property {number|null} [height] StateHash height
             * @property {Uint8Array|null} [hash] StateHash hash
             * @property {string|null} [replicaId] StateHash replicaId
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a StateHash.
             * @memberof faultline.v1
             * @interface IStateHash
             * @augments faultline.v1.StateHash.$Properties
             * @deprecated Use faultline.v1.StateHash.$Properties instead.
             */

            /**
             * Shape of a StateHash.
             * @typedef {faultline.v1.StateHash.$Properties} faultline.v1.StateHash.$Shape
             */

            /**
             * Constructs a new StateHash.
             * @memberof faultline.v1
             * @classdesc Represents a StateHash.
             * @constructor
             * @param {faultline.v1.StateHash.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const StateHash = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * StateHash height.
             * @member {number} height
             * @memberof faultline.v1.StateHash
             * @instance
             */
            StateHash.prototype.height = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * StateHash hash.
             * @member {Uint8Array} hash
             * @memberof faultline.v1.StateHash
             * @instance
             */
            StateHash.prototype.hash = $util.newBuffer([]);

            /**
             * StateHash replicaId.
             * @member {string} replicaId
             * @memberof faultline.v1.StateHash
             * @instance
             */
            StateHash.prototype.replicaId = "";

            /**
             * Creates a new StateHash instance using the specified properties.
             * @function create
             * @memberof faultline.v1.StateHash
             * @static
             * @param {faultline.v1.StateHash.$Properties=} [properties] Properties to set
             * @returns {faultline.v1.StateHash} StateHash instance
             * @type {{
             *   (properties: faultline.v1.StateHash.$Shape): faultline.v1.StateHash & faultline.v1.StateHash.$Shape;
             *   (properties?: faultline.v1.StateHash.$Properties): faultline.v1.StateHash;
             * }}
             */
            StateHash.create = function(properties) {
                return new StateHash(properties);
            };

            /**
             * Encodes the specified StateHash message. Does not implicitly {@link faultline.v1.StateHash.verify|verify} messages.
             * @function encode
             * @memberof faultline.v1.StateHash
             * @static
             * @param {faultline.v1.StateHash.$Properties} message StateHash message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            StateHash.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.height != null && $Object.hasOwnProperty.call(message, "height") && (typeof message.height === "object" ? message.height.low || message.height.high : message.height !== 0))
                    writer.uint32(/* id 1, wireType 0 =*/8).uint64(message.height);
                if (message.hash != null && $Object.hasOwnProperty.call(message, "hash") && message.hash.length)
                    writer.uint32(/* id 2, wireType 2 =*/18).bytes(message.hash);
                if (message.replicaId != null && $Object.hasOwnProperty.call(message, "replicaId") && message.replicaId !== "")
                    writer.uint32(/* id 3, wireType 2 =*/26).string(message.replicaId);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Encodes the specified StateHash message, length delimited. Does not implicitly {@link faultline.v1.StateHash.verify|verify} messages.
             * @function encodeDelimited
             * @memberof faultline.v1.StateHash
             * @static
             * @param {faultline.v1.StateHash.$Properties} message StateHash message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            StateHash.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            /**
             * Decodes a StateHash message from the specified reader or buffer.
             * @function decode
             * @memberof faultline.v1.StateHash
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {faultline.v1.StateHash & faultline.v1.StateHash.$Shape} StateHash
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            StateHash.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.faultline.v1.StateHash();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = $readuint64(reader)) === "object" ? value.low || value.high : value !== 0)
                                message.height = value;
                            else
                                delete message.height;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.bytes()).length)
                                message.hash = value;
                            else
                                delete message.hash;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.replicaId = value;
                            else
                                delete message.replicaId;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Decodes a StateHash message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof faultline.v1.StateHash
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {faultline.v1.StateHash & faultline.v1.StateHash.$Shape} StateHash
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            StateHash.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            return StateHash;
        })();

        v1.VenueEvent = (function() {

            /**
             * Properties of a VenueEvent.
             * @typedef {Object} faultline.v1.VenueEvent.$Properties
             * @property {faultline.v1.Fill.$Properties|null} [fill] VenueEvent fill
             * @property {faultline.v1.AccountUpdate.$Properties|null} [accountUpdate] VenueEvent accountUpdate
             * @property {faultline.v1.MarketStatus.$Properties|null} [marketStatus] VenueEvent marketStatus
             * @property {faultline.v1.AuctionResult.$Properties|null} [auctionResult] VenueEvent auctionResult
             * @property {faultline.v1.LiquidationResult.$Properties|null} [liquidation] VenueEvent liquidation
             * @property {faultline.v1.AdlEvent.$Properties|null} [adl] VenueEvent adl
             * @property {faultline.v1.FundingPayment.$Properties|null} [funding] VenueEvent funding
             * @property {faultline.v1.OraclePrice.$Properties|null} [oraclePrice] VenueEvent oraclePrice
             * @property {faultline.v1.TxRejected.$Properties|null} [txRejected] VenueEvent txRejected
             * @property {faultline.v1.OrderUpdate.$Properties|null} [orderUpdate] VenueEvent orderUpdate
             * @property {faultline.v1.StateHash.$Properties|null} [stateHash] VenueEvent stateHash
             * @property {"fill"|"accountUpdate"|"marketStatus"|"auctionResult"|"liquidation"|"adl"|"funding"|"oraclePrice"|"txRejected"|"orderUpdate"|"stateHash"} [body] VenueEvent body
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a VenueEvent.
             * @memberof faultline.v1
             * @interface IVenueEvent
             * @augments faultline.v1.VenueEvent.$Properties
             * @deprecated Use faultline.v1.VenueEvent.$Properties instead.
             */

            /**
             * Narrowed shape of a VenueEvent.
             * @typedef {{
             *   fill?: faultline.v1.Fill.$Shape|null;
             *   accountUpdate?: faultline.v1.AccountUpdate.$Shape|null;
             *   marketStatus?: faultline.v1.MarketStatus.$Shape|null;
             *   auctionResult?: faultline.v1.AuctionResult.$Shape|null;
             *   liquidation?: faultline.v1.LiquidationResult.$Shape|null;
             *   adl?: faultline.v1.AdlEvent.$Shape|null;
             *   funding?: faultline.v1.FundingPayment.$Shape|null;
             *   oraclePrice?: faultline.v1.OraclePrice.$Shape|null;
             *   txRejected?: faultline.v1.TxRejected.$Shape|null;
             *   orderUpdate?: faultline.v1.OrderUpdate.$Shape|null;
             *   stateHash?: faultline.v1.StateHash.$Shape|null;
             *   $unknowns?: Array.<Uint8Array>;
             * } & (
             *   ({ body?: undefined; fill?: null; accountUpdate?: null; marketStatus?: null; auctionResult?: null; liquidation?: null; adl?: null; funding?: null; oraclePrice?: null; txRejected?: null; orderUpdate?: null; stateHash?: null }|{ body?: "fill"; fill: faultline.v1.Fill.$Shape; accountUpdate?: null; marketStatus?: null; auctionResult?: null; liquidation?: null; adl?: null; funding?: null; oraclePrice?: null; txRejected?: null; orderUpdate?: null; stateHash?: null }|{ body?: "accountUpdate"; fill?: null; accountUpdate: faultline.v1.AccountUpdate.$Shape; marketStatus?: null; auctionResult?: null; liquidation?: null; adl?: null; funding?: null; oraclePrice?: null; txRejected?: null; orderUpdate?: null; stateHash?: null }|{ body?: "marketStatus"; fill?: null; accountUpdate?: null; marketStatus: faultline.v1.MarketStatus.$Shape; auctionResult?: null; liquidation?: null; adl?: null; funding?: null; oraclePrice?: null; txRejected?: null; orderUpdate?: null; stateHash?: null }|{ body?: "auctionResult"; fill?: null; accountUpdate?: null; marketStatus?: null; auctionResult: faultline.v1.AuctionResult.$Shape; liquidation?: null; adl?: null; funding?: null; oraclePrice?: null; txRejected?: null; orderUpdate?: null; stateHash?: null }|{ body?: "liquidation"; fill?: null; accountUpdate?: null; marketStatus?: null; auctionResult?: null; liquidation: faultline.v1.LiquidationResult.$Shape; adl?: null; funding?: null; oraclePrice?: null; txRejected?: null; orderUpdate?: null; stateHash?: null }|{ body?: "adl"; fill?: null; accountUpdate?: null; marketStatus?: null; auctionResult?: null; liquidation?: null; adl: faultline.v1.AdlEvent.$Shape; funding?: null; oraclePrice?: null; txRejected?: null; orderUpdate?: null; stateHash?: null }|{ body?: "funding"; fill?: null; accountUpdate?: null; marketStatus?: null; auctionResult?: null; liquidation?: null; adl?: null; funding: faultline.v1.FundingPayment.$Shape; oraclePrice?: null; txRejected?: null; orderUpdate?: null; stateHash?: null }|{ body?: "oraclePrice"; fill?: null; accountUpdate?: null; marketStatus?: null; auctionResult?: null; liquidation?: null; adl?: null; funding?: null; oraclePrice: faultline.v1.OraclePrice.$Shape; txRejected?: null; orderUpdate?: null; stateHash?: null }|{ body?: "txRejected"; fill?: null; accountUpdate?: null; marketStatus?: null; auctionResult?: null; liquidation?: null; adl?: null; funding?: null; oraclePrice?: null; txRejected: faultline.v1.TxRejected.$Shape; orderUpdate?: null; stateHash?: null }|{ body?: "orderUpdate"; fill?: null; accountUpdate?: null; marketStatus?: null; auctionResult?: null; liquidation?: null; adl?: null; funding?: null; oraclePrice?: null; txRejected?: null; orderUpdate: faultline.v1.OrderUpdate.$Shape; stateHash?: null }|{ body?: "stateHash"; fill?: null; accountUpdate?: null; marketStatus?: null; auctionResult?: null; liquidation?: null; adl?: null; funding?: null; oraclePrice?: null; txRejected?: null; orderUpdate?: null; stateHash: faultline.v1.StateHash.$Shape })
             * )} faultline.v1.VenueEvent.$Shape
             */

            /**
             * Constructs a new VenueEvent.
             * @memberof faultline.v1
             * @classdesc Represents a VenueEvent.
             * @constructor
             * @param {faultline.v1.VenueEvent.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const VenueEvent = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * VenueEvent fill.
             * @member {faultline.v1.Fill.$Properties|null|undefined} fill
             * @memberof faultline.v1.VenueEvent
             * @instance
             */
            VenueEvent.prototype.fill = null;

            /**
             * VenueEvent accountUpdate.
             * @member {faultline.v1.AccountUpdate.$Properties|null|undefined} accountUpdate
             * @memberof faultline.v1.VenueEvent
             * @instance
             */
            VenueEvent.prototype.accountUpdate = null;

            /**
             * VenueEvent marketStatus.
             * @member {faultline.v1.MarketStatus.$Properties|null|undefined} marketStatus
             * @memberof faultline.v1.VenueEvent
             * @instance
             */
            VenueEvent.prototype.marketStatus = null;

            /**
             * VenueEvent auctionResult.
             * @member {faultline.v1.AuctionResult.$Properties|null|undefined} auctionResult
             * @memberof faultline.v1.VenueEvent
             * @instance
             */
            VenueEvent.prototype.auctionResult = null;

            /**
             * VenueEvent liquidation.
             * @member {faultline.v1.LiquidationResult.$Properties|null|undefined} liquidation
             * @memberof faultline.v1.VenueEvent
             * @instance
             */
            VenueEvent.prototype.liquidation = null;

            /**
             * VenueEvent adl.
             * @member {faultline.v1.AdlEvent.$Properties|null|undefined} adl
             * @memberof faultline.v1.VenueEvent
             * @instance
             */
            VenueEvent.prototype.adl = null;

            /**
             * VenueEvent funding.
             * @member {faultline.v1.FundingPayment.$Properties|null|undefined} funding
             * @memberof faultline.v1.VenueEvent
             * @instance
             */
            VenueEvent.prototype.funding = null;

            /**
             * VenueEvent oraclePrice.
             * @member {faultline.v1.OraclePrice.$Properties|null|undefined} oraclePrice
             * @memberof faultline.v1.VenueEvent
             * @instance
             */
            VenueEvent.prototype.oraclePrice = null;

            /**
             * VenueEvent txRejected.
             * @member {faultline.v1.TxRejected.$Properties|null|undefined} txRejected
             * @memberof faultline.v1.VenueEvent
             * @instance
             */
            VenueEvent.prototype.txRejected = null;

            /**
             * VenueEvent orderUpdate.
             * @member {faultline.v1.OrderUpdate.$Properties|null|undefined} orderUpdate
             * @memberof faultline.v1.VenueEvent
             * @instance
             */
            VenueEvent.prototype.orderUpdate = null;

            /**
             * VenueEvent stateHash.
             * @member {faultline.v1.StateHash.$Properties|null|undefined} stateHash
             * @memberof faultline.v1.VenueEvent
             * @instance
             */
            VenueEvent.prototype.stateHash = null;

            // OneOf field names bound to virtual getters and setters
            let $oneOfFields;

            /**
             * VenueEvent body.
             * @member {"fill"|"accountUpdate"|"marketStatus"|"auctionResult"|"liquidation"|"adl"|"funding"|"oraclePrice"|"txRejected"|"orderUpdate"|"stateHash"|undefined} body
             * @memberof faultline.v1.VenueEvent
             * @instance
             */
            $Object.defineProperty(VenueEvent.prototype, "body", {
                get: $util.oneOfGetter($oneOfFields = ["fill", "accountUpdate", "marketStatus", "auctionResult", "liquidation", "adl", "funding", "oraclePrice", "txRejected", "orderUpdate", "stateHash"]),
                set: $util.oneOfSetter($oneOfFields)
            });

            /**
             * Creates a new VenueEvent instance using the specified properties.
             * @function create
             * @memberof faultline.v1.VenueEvent
             * @static
             * @param {faultline.v1.VenueEvent.$Properties=} [properties] Properties to set
             * @returns {faultline.v1.VenueEvent} VenueEvent instance
             * @type {{
             *   (properties: faultline.v1.VenueEvent.$Shape): faultline.v1.VenueEvent & faultline.v1.VenueEvent.$Shape;
             *   (properties?: faultline.v1.VenueEvent.$Properties): faultline.v1.VenueEvent;
             * }}
             */
            VenueEvent.create = function(properties) {
                return new VenueEvent(properties);
            };

            /**
             * Encodes the specified VenueEvent message. Does not implicitly {@link faultline.v1.VenueEvent.verify|verify} messages.
             * @function encode
             * @memberof faultline.v1.VenueEvent
             * @static
             * @param {faultline.v1.VenueEvent.$Properties} message VenueEvent message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            VenueEvent.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.fill != null && $Object.hasOwnProperty.call(message, "fill"))
                    $root.faultline.v1.Fill.encode(message.fill, writer.uint32(/* id 1, wireType 2 =*/10).fork(), _depth + 1).ldelim();
                if (message.accountUpdate != null && $Object.hasOwnProperty.call(message, "accountUpdate"))
                    $root.faultline.v1.AccountUpdate.encode(message.accountUpdate, writer.uint32(/* id 2, wireType 2 =*/18).fork(), _depth + 1).ldelim();
                if (message.marketStatus != null && $Object.hasOwnProperty.call(message, "marketStatus"))
                    $root.faultline.v1.MarketStatus.encode(message.marketStatus, writer.uint32(/* id 3, wireType 2 =*/26).fork(), _depth + 1).ldelim();
                if (message.auctionResult != null && $Object.hasOwnProperty.call(message, "auctionResult"))
                    $root.faultline.v1.AuctionResult.encode(message.auctionResult, writer.uint32(/* id 4, wireType 2 =*/34).fork(), _depth + 1).ldelim();
                if (message.liquidation != null && $Object.hasOwnProperty.call(message, "liquidation"))
                    $root.faultline.v1.LiquidationResult.encode(message.liquidation, writer.uint32(/* id 5, wireType 2 =*/42).fork(), _depth + 1).ldelim();
                if (message.adl != null && $Object.hasOwnProperty.call(message, "adl"))
                    $root.faultline.v1.AdlEvent.encode(message.adl, writer.uint32(/* id 6, wireType 2 =*/50).fork(), _depth + 1).ldelim();
                if (message.funding != null && $Object.hasOwnProperty.call(message, "funding"))
                    $root.faultline.v1.FundingPayment.encode(message.funding, writer.uint32(/* id 7, wireType 2 =*/58).fork(), _depth + 1).ldelim();
                if (message.oraclePrice != null && $Object.hasOwnProperty.call(message, "oraclePrice"))
                    $root.faultline.v1.OraclePrice.encode(message.oraclePrice, writer.uint32(/* id 8, wireType 2 =*/66).fork(), _depth + 1).ldelim();
                if (message.txRejected != null && $Object.hasOwnProperty.call(message, "txRejected"))
                    $root.faultline.v1.TxRejected.encode(message.txRejected, writer.uint32(/* id 9, wireType 2 =*/74).fork(), _depth + 1).ldelim();
                if (message.orderUpdate != null && $Object.hasOwnProperty.call(message, "orderUpdate"))
                    $root.faultline.v1.OrderUpdate.encode(message.orderUpdate, writer.uint32(/* id 10, wireType 2 =*/82).fork(), _depth + 1).ldelim();
                if (message.stateHash != null && $Object.hasOwnProperty.call(message, "stateHash"))
                    $root.faultline.v1.StateHash.encode(message.stateHash, writer.uint32(/* id 11, wireType 2 =*/90).fork(), _depth + 1).ldelim();
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Encodes the specified VenueEvent message, length delimited. Does not implicitly {@link faultline.v1.VenueEvent.verify|verify} messages.
             * @function encodeDelimited
             * @memberof faultline.v1.VenueEvent
             * @static
             * @param {faultline.v1.VenueEvent.$Properties} message VenueEvent message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            VenueEvent.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            /**
             * Decodes a VenueEvent message from the specified reader or buffer.
             * @function decode
             * @memberof faultline.v1.VenueEvent
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {faultline.v1.VenueEvent & faultline.v1.VenueEvent.$Shape} VenueEvent
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            VenueEvent.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.faultline.v1.VenueEvent();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            message.fill = $root.faultline.v1.Fill.decode(reader, reader.size(), $undefined, _depth + 1, message.fill);
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            message.accountUpdate = $root.faultline.v1.AccountUpdate.decode(reader, reader.size(), $undefined, _depth + 1, message.accountUpdate);
                            continue;
                        }
                    case 3: {
                            if (wireType !== 2)
                                break;
                            message.marketStatus = $root.faultline.v1.MarketStatus.decode(reader, reader.size(), $undefined, _depth + 1, message.marketStatus);
                            continue;
                        }
                    case 4: {
                            if (wireType !== 2)
                                break;
                            message.auctionResult = $root.faultline.v1.AuctionResult.decode(reader, reader.size(), $undefined, _depth + 1, message.auctionResult);
                            continue;
                        }
                    case 5: {
                            if (wireType !== 2)
                                break;
                            message.liquidation = $root.faultline.v1.LiquidationResult.decode(reader, reader.size(), $undefined, _depth + 1, message.liquidation);
                            continue;
                        }
                    case 6: {
                            if (wireType !== 2)
                                break;
                            message.adl = $root.faultline.v1.AdlEvent.decode(reader, reader.size(), $undefined, _depth + 1, message.adl);
                            continue;
                        }
                    case 7: {
                            if (wireType !== 2)
                                break;
                            message.funding = $root.faultline.v1.FundingPayment.decode(reader, reader.size(), $undefined, _depth + 1, message.funding);
                            continue;
                        }
                    case 8: {
                            if (wireType !== 2)
                                break;
                            message.oraclePrice = $root.faultline.v1.OraclePrice.decode(reader, reader.size(), $undefined, _depth + 1, message.oraclePrice);
                            continue;
                        }
                    case 9: {
                            if (wireType !== 2)
                                break;
                            message.txRejected = $root.faultline.v1.TxRejected.decode(reader, reader.size(), $undefined, _depth + 1, message.txRejected);
                            continue;
                        }
                    case 10: {
                            if (wireType !== 2)
                                break;
                            message.orderUpdate = $root.faultline.v1.OrderUpdate.decode(reader, reader.size(), $undefined, _depth + 1, message.orderUpdate);
                            continue;
                        }
                    case 11: {
                            if (wireType !== 2)
                                break;
                            message.stateHash = $root.faultline.v1.StateHash.decode(reader, reader.size(), $undefined, _depth + 1, message.stateHash);
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Decodes a VenueEvent message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof faultline.v1.VenueEvent
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {faultline.v1.VenueEvent & faultline.v1.VenueEvent.$Shape} VenueEvent
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            VenueEvent.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            return VenueEvent;
        })();

        v1.BlockExecuted = (function() {

            /**
             * Properties of a BlockExecuted.
             * @typedef {Object} faultline.v1.BlockExecuted.$Properties
             * @property {number|null} [height] BlockExecuted height
             * @property {string|null} [replicaId] BlockExecuted replicaId
             * @property {Array.<faultline.v1.VenueEvent.$Properties>|null} [events] BlockExecuted events
             * @property {Uint8Array|null} [stateHash] BlockExecuted stateHash
             * @property {number|null} [blockTimeUs] BlockExecuted blockTimeUs
             * @property {Uint8Array|null} [blockHash] BlockExecuted blockHash
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a BlockExecuted.
             * @memberof faultline.v1
             * @interface IBlockExecuted
             * @augments faultline.v1.BlockExecuted.$Properties
             * @deprecated Use faultline.v1.BlockExecuted.$Properties instead.
             */

            /**
             * Shape of a BlockExecuted.
             * @typedef {{
             *   height?: number|null;
             *   replicaId?: string|null;
             *   events?: Array.<faultline.v1.VenueEvent.$Shape>|null;
             *   stateHash?: Uint8Array|null;
             *   blockTimeUs?: number|null;
             *   blockHash?: Uint8Array|null;
             *   $unknowns?: Array.<Uint8Array>;
             * }} faultline.v1.BlockExecuted.$Shape
             */

            /**
             * Constructs a new BlockExecuted.
             * @memberof faultline.v1
             * @classdesc Represents a BlockExecuted.
             * @constructor
             * @param {faultline.v1.BlockExecuted.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const BlockExecuted = function (properties) {
                this.events = [];
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * BlockExecuted height.
             * @member {number} height
             * @memberof faultline.v1.BlockExecuted
             * @instance
             */
            BlockExecuted.prototype.height = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * BlockExecuted replicaId.
             * @member {string} replicaId
             * @memberof faultline.v1.BlockExecuted
             * @instance
             */
            BlockExecuted.prototype.replicaId = "";

            /**
             * BlockExecuted events.
             * @member {Array.<faultline.v1.VenueEvent.$Properties>} events
             * @memberof faultline.v1.BlockExecuted
             * @instance
             */
            BlockExecuted.prototype.events = $util.emptyArray;

            /**
             * BlockExecuted stateHash.
             * @member {Uint8Array} stateHash
             * @memberof faultline.v1.BlockExecuted
             * @instance
             */
            BlockExecuted.prototype.stateHash = $util.newBuffer([]);

            /**
             * BlockExecuted blockTimeUs.
             * @member {number} blockTimeUs
             * @memberof faultline.v1.BlockExecuted
             * @instance
             */
            BlockExecuted.prototype.blockTimeUs = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

            /**
             * BlockExecuted blockHash.
             * @member {Uint8Array} blockHash
             * @memberof faultline.v1.BlockExecuted
             * @instance
             */
            BlockExecuted.prototype.blockHash = $util.newBuffer([]);

            /**
             * Creates a new BlockExecuted instance using the specified properties.
             * @function create
             * @memberof faultline.v1.BlockExecuted
             * @static
             * @param {faultline.v1.BlockExecuted.$Properties=} [properties] Properties to set
             * @returns {faultline.v1.BlockExecuted} BlockExecuted instance
             * @type {{
             *   (properties: faultline.v1.BlockExecuted.$Shape): faultline.v1.BlockExecuted & faultline.v1.BlockExecuted.$Shape;
             *   (properties?: faultline.v1.BlockExecuted.$Properties): faultline.v1.BlockExecuted;
             * }}
             */
            BlockExecuted.create = function(properties) {
                return new BlockExecuted(properties);
            };

            /**
             * Encodes the specified BlockExecuted message. Does not implicitly {@link faultline.v1.BlockExecuted.verify|verify} messages.
             * @function encode
             * @memberof faultline.v1.BlockExecuted
             * @static
             * @param {faultline.v1.BlockExecuted.$Properties} message BlockExecuted message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            BlockExecuted.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.height != null && $Object.hasOwnProperty.call(message, "height") && (typeof message.height === "object" ? message.height.low || message.height.high : message.height !== 0))
                    writer.uint32(/* id 1, wireType 0 =*/8).uint64(message.height);
                if (message.replicaId != null && $Object.hasOwnProperty.call(message, "replicaId") && message.replicaId !== "")
                    writer.uint32(/* id 2, wireType 2 =*/18).string(message.replicaId);
                if (message.events != null && message.events.length)
                    for (let i = 0; i < message.events.length; ++i)
                        $root.faultline.v1.VenueEvent.encode(message.events[i], writer.uint32(/* id 3, wireType 2 =*/26).fork(), _depth + 1).ldelim();
                if (message.stateHash != null && $Object.hasOwnProperty.call(message, "stateHash") && message.stateHash.length)
                    writer.uint32(/* id 4, wireType 2 =*/34).bytes(message.stateHash);
                if (message.blockTimeUs != null && $Object.hasOwnProperty.call(message, "blockTimeUs") && (typeof message.blockTimeUs === "object" ? message.blockTimeUs.low || message.blockTimeUs.high : message.blockTimeUs !== 0))
                    writer.uint32(/* id 5, wireType 0 =*/40).int64(message.blockTimeUs);
                if (message.blockHash != null && $Object.hasOwnProperty.call(message, "blockHash") && message.blockHash.length)
                    writer.uint32(/* id 6, wireType 2 =*/50).bytes(message.blockHash);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Encodes the specified BlockExecuted message, length delimited. Does not implicitly {@link faultline.v1.BlockExecuted.verify|verify} messages.
             * @function encodeDelimited
             * @memberof faultline.v1.BlockExecuted
             * @static
             * @param {faultline.v1.BlockExecuted.$Properties} message BlockExecuted message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            BlockExecuted.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            /**
             * Decodes a BlockExecuted message from the specified reader or buffer.
             * @function decode
             * @memberof faultline.v1.BlockExecuted
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {faultline.v1.BlockExecuted & faultline.v1.BlockExecuted.$Shape} BlockExecuted
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            BlockExecuted.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.faultline.v1.BlockExecuted();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = $readuint64(reader)) === "object" ? value.low || value.high : value !== 0)
                                message.height = value;
                            else
                                delete message.height;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.replicaId = value;
                            else
                                delete message.replicaId;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 2)
                                break;
                            if (!(message.events && message.events.length))
                                message.events = [];
                            message.events.push($root.faultline.v1.VenueEvent.decode(reader, reader.size(), $undefined, _depth + 1));
                            continue;
                        }
                    case 4: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.bytes()).length)
                                message.stateHash = value;
                            else
                                delete message.stateHash;
                            continue;
                        }
                    case 5: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = $readint64(reader)) === "object" ? value.low || value.high : value !== 0)
                                message.blockTimeUs = value;
                            else
                                delete message.blockTimeUs;
                            continue;
                        }
                    case 6: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.bytes()).length)
                                message.blockHash = value;
                            else
                                delete message.blockHash;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Decodes a BlockExecuted message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof faultline.v1.BlockExecuted
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {faultline.v1.BlockExecuted & faultline.v1.BlockExecuted.$Shape} BlockExecuted
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            BlockExecuted.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            return BlockExecuted;
        })();

        v1.ExternalPriceTick = (function() {

            /**
             * Properties of an ExternalPriceTick.
             * @typedef {Object} faultline.v1.ExternalPriceTick.$Properties
             * @property {number|null} [marketId] ExternalPriceTick marketId
             * @property {number|null} [priceTicks] ExternalPriceTick priceTicks
             * @property {number|null} [bidTicks] ExternalPriceTick bidTicks
             * @property {number|null} [askTicks] ExternalPriceTick askTicks
             * @property {number|null} [atUs] ExternalPriceTick atUs
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of an ExternalPriceTick.
             * @memberof faultline.v1
             * @interface IExternalPriceTick
             * @augments faultline.v1.ExternalPriceTick.$Properties
             * @deprecated Use faultline.v1.ExternalPriceTick.$Properties instead.
             */

            /**
             * Shape of an ExternalPriceTick.
             * @typedef {faultline.v1.ExternalPriceTick.$Properties} faultline.v1.ExternalPriceTick.$Shape
             */

            /**
             * Constructs a new ExternalPriceTick.
             * @memberof faultline.v1
             * @classdesc Represents an ExternalPriceTick.
             * @constructor
             * @param {faultline.v1.ExternalPriceTick.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const ExternalPriceTick = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * ExternalPriceTick marketId.
             * @member {number} marketId
             * @memberof faultline.v1.ExternalPriceTick
             * @instance
             */
            ExternalPriceTick.prototype.marketId = 0;

            /**
             * ExternalPriceTick priceTicks.
             * @member {number} priceTicks
             * @memberof faultline.v1.ExternalPriceTick
             * @instance
             */
            ExternalPriceTick.prototype.priceTicks = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

            /**
             * ExternalPriceTick bidTicks.
             * @member {number} bidTicks
             * @memberof faultline.v1.ExternalPriceTick
             * @instance
             */
            ExternalPriceTick.prototype.bidTicks = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

            /**
             * ExternalPriceTick askTicks.
             * @member {number} askTicks
             * @memberof faultline.v1.ExternalPriceTick
             * @instance
             */
            ExternalPriceTick.prototype.askTicks = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

            /**
             * ExternalPriceTick atUs.
             * @member {number} atUs
             * @memberof faultline.v1.ExternalPriceTick
             * @instance
             */
            ExternalPriceTick.prototype.atUs = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

            /**
             * Creates a new ExternalPriceTick instance using the specified properties.
             * @function create
             * @memberof faultline.v1.ExternalPriceTick
             * @static
             * @param {faultline.v1.ExternalPriceTick.$Properties=} [properties] Properties to set
             * @returns {faultline.v1.ExternalPriceTick} ExternalPriceTick instance
             * @type {{
             *   (properties: faultline.v1.ExternalPriceTick.$Shape): faultline.v1.ExternalPriceTick & faultline.v1.ExternalPriceTick.$Shape;
             *   (properties?: faultline.v1.ExternalPriceTick.$Properties): faultline.v1.ExternalPriceTick;
             * }}
             */
            ExternalPriceTick.create = function(properties) {
                return new ExternalPriceTick(properties);
            };

            /**
             * Encodes the specified ExternalPriceTick message. Does not implicitly {@link faultline.v1.ExternalPriceTick.verify|verify} messages.
             * @function encode
             * @memberof faultline.v1.ExternalPriceTick
             * @static
             * @param {faultline.v1.ExternalPriceTick.$Properties} message ExternalPriceTick message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            ExternalPriceTick.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.marketId != null && $Object.hasOwnProperty.call(message, "marketId") && message.marketId !== 0)
                    writer.uint32(/* id 1, wireType 0 =*/8).uint32(message.marketId);
                if (message.priceTicks != null && $Object.hasOwnProperty.call(message, "priceTicks") && (typeof message.priceTicks === "object" ? message.priceTicks.low || message.priceTicks.high : message.priceTicks !== 0))
                    writer.uint32(/* id 2, wireType 0 =*/16).int64(message.priceTicks);
                if (message.bidTicks != null && $Object.hasOwnProperty.call(message, "bidTicks") && (typeof message.bidTicks === "object" ? message.bidTicks.low || message.bidTicks.high : message.bidTicks !== 0))
                    writer.uint32(/* id 3, wireType 0 =*/24).int64(message.bidTicks);
                if (message.askTicks != null && $Object.hasOwnProperty.call(message, "askTicks") && (typeof message.askTicks === "object" ? message.askTicks.low || message.askTicks.high : message.askTicks !== 0))
                    writer.uint32(/* id 4, wireType 0 =*/32).int64(message.askTicks);
                if (message.atUs != null && $Object.hasOwnProperty.call(message, "atUs") && (typeof message.atUs === "object" ? message.atUs.low || message.atUs.high : message.atUs !== 0))
                    writer.uint32(/* id 5, wireType 0 =*/40).int64(message.atUs);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Encodes the specified ExternalPriceTick message, length delimited. Does not implicitly {@link faultline.v1.ExternalPriceTick.verify|verify} messages.
             * @function encodeDelimited
             * @memberof faultline.v1.ExternalPriceTick
             * @static
             * @param {faultline.v1.ExternalPriceTick.$Properties} message ExternalPriceTick message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            ExternalPriceTick.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            /**
             * Decodes an ExternalPriceTick message from the specified reader or buffer.
             * @function decode
             * @memberof faultline.v1.ExternalPriceTick
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {faultline.v1.ExternalPriceTick & faultline.v1.ExternalPriceTick.$Shape} ExternalPriceTick
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            ExternalPriceTick.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.faultline.v1.ExternalPriceTick();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.marketId = value;
                            else
                                delete message.marketId;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = $readint64(reader)) === "object" ? value.low || value.high : value !== 0)
                                message.priceTicks = value;
                            else
                                delete message.priceTicks;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = $readint64(reader)) === "object" ? value.low || value.high : value !== 0)
                                message.bidTicks = value;
                            else
                                delete message.bidTicks;
                            continue;
                        }
                    case 4: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = $readint64(reader)) === "object" ? value.low || value.high : value !== 0)
                                message.askTicks = value;
                            else
                                delete message.askTicks;
                            continue;
                        }
                    case 5: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = $readint64(reader)) === "object" ? value.low || value.high : value !== 0)
                                message.atUs = value;
                            else
                                delete message.atUs;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Decodes an ExternalPriceTick message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof faultline.v1.ExternalPriceTick
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {faultline.v1.ExternalPriceTick & faultline.v1.ExternalPriceTick.$Shape} ExternalPriceTick
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            ExternalPriceTick.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            return ExternalPriceTick;
        })();

        v1.HedgeOrder = (function() {

            /**
             * Properties of a HedgeOrder.
             * @typedef {Object} faultline.v1.HedgeOrder.$Properties
             * @property {string|null} [hedgerId] HedgeOrder hedgerId
             * @property {number|null} [orderId] HedgeOrder orderId
             * @property {number|null} [marketId] HedgeOrder marketId
             * @property {faultline.v1.Side|null} [side] HedgeOrder side
             * @property {number|null} [sizeLots] HedgeOrder sizeLots
             * @property {number|null} [limitPriceTicks] HedgeOrder limitPriceTicks
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a HedgeOrder.
             * @memberof faultline.v1
             * @interface IHedgeOrder
             * @augments faultline.v1.HedgeOrder.$Properties
             * @deprecated Use faultline.v1.HedgeOrder.$Properties instead.
             */

            /**
             * Shape of a HedgeOrder.
             * @typedef {faultline.v1.HedgeOrder.$Properties} faultline.v1.HedgeOrder.$Shape
             */

            /**
             * Constructs a new HedgeOrder.
             * @memberof faultline.v1
             * @classdesc Represents a HedgeOrder.
             * @constructor
             * @param {faultline.v1.HedgeOrder.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const HedgeOrder = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * HedgeOrder hedgerId.
             * @member {string} hedgerId
             * @memberof faultline.v1.HedgeOrder
             * @instance
             */
            HedgeOrder.prototype.hedgerId = "";

            /**
             * HedgeOrder orderId.
             * @member {number} orderId
             * @memberof faultline.v1.HedgeOrder
             * @instance
             */
            HedgeOrder.prototype.orderId = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * HedgeOrder marketId.
             * @member {number} marketId
             * @memberof faultline.v1.HedgeOrder
             * @instance
             */
            HedgeOrder.prototype.marketId = 0;

            /**
             * HedgeOrder side.
             * @member {faultline.v1.Side} side
             * @memberof faultline.v1.HedgeOrder
             * @instance
             */
            HedgeOrder.prototype.side = 0;

            /**
             * HedgeOrder sizeLots.
             * @member {number} sizeLots
             * @memberof faultline.v1.HedgeOrder
             * @instance
             */
            HedgeOrder.prototype.sizeLots = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

            /**
             * HedgeOrder limitPriceTicks.
             * @member {number} limitPriceTicks
             * @memberof faultline.v1.HedgeOrder
             * @instance
             */
            HedgeOrder.prototype.limitPriceTicks = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

            /**
             * Creates a new HedgeOrder instance using the specified properties.
             * @function create
             * @memberof faultline.v1.HedgeOrder
             * @static
             * @param {faultline.v1.HedgeOrder.$Properties=} [properties] Properties to set
             * @returns {faultline.v1.HedgeOrder} HedgeOrder instance
             * @type {{
             *   (properties: faultline.v1.HedgeOrder.$Shape): faultline.v1.HedgeOrder & faultline.v1.HedgeOrder.$Shape;
             *   (properties?: faultline.v1.HedgeOrder.$Properties): faultline.v1.HedgeOrder;
             * }}
             */
            HedgeOrder.create = function(properties) {
                return new HedgeOrder(properties);
            };

            /**
             * Encodes the specified HedgeOrder message. Does not implicitly {@link faultline.v1.HedgeOrder.verify|verify} messages.
             * @function encode
             * @memberof faultline.v1.HedgeOrder
             * @static
             * @param {faultline.v1.HedgeOrder.$Properties} message HedgeOrder message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            HedgeOrder.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.hedgerId != null && $Object.hasOwnProperty.call(message, "hedgerId") && message.hedgerId !== "")
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.hedgerId);
                if (message.orderId != null && $Object.hasOwnProperty.call(message, "orderId") && (typeof message.orderId === "object" ? message.orderId.low || message.orderId.high : message.orderId !== 0))
                    writer.uint32(/* id 2, wireType 0 =*/16).uint64(message.orderId);
                if (message.marketId != null && $Object.hasOwnProperty.call(message, "marketId") && message.marketId !== 0)
                    writer.uint32(/* id 3, wireType 0 =*/24).uint32(message.marketId);
                if (message.side != null && $Object.hasOwnProperty.call(message, "side") && message.side !== 0)
                    writer.uint32(/* id 4, wireType 0 =*/32).int32(message.side);
                if (message.sizeLots != null && $Object.hasOwnProperty.call(message, "sizeLots") && (typeof message.sizeLots === "object" ? message.sizeLots.low || message.sizeLots.high : message.sizeLots !== 0))
                    writer.uint32(/* id 5, wireType 0 =*/40).int64(message.sizeLots);
                if (message.limitPriceTicks != null && $Object.hasOwnProperty.call(message, "limitPriceTicks") && (typeof message.limitPriceTicks === "object" ? message.limitPriceTicks.low || message.limitPriceTicks.high : message.limitPriceTicks !== 0))
                    writer.uint32(/* id 6, wireType 0 =*/48).int64(message.limitPriceTicks);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Encodes the specified HedgeOrder message, length delimited. Does not implicitly {@link faultline.v1.HedgeOrder.verify|verify} messages.
             * @function encodeDelimited
             * @memberof faultline.v1.HedgeOrder
             * @static
             * @param {faultline.v1.HedgeOrder.$Properties} message HedgeOrder message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            HedgeOrder.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            /**
             * Decodes a HedgeOrder message from the specified reader or buffer.
             * @function decode
             * @memberof faultline.v1.HedgeOrder
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {faultline.v1.HedgeOrder & faultline.v1.HedgeOrder.$Shape} HedgeOrder
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            HedgeOrder.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.faultline.v1.HedgeOrder();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.hedgerId = value;
                            else
                                delete message.hedgerId;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = $readuint64(reader)) === "object" ? value.low || value.high : value !== 0)
                                message.orderId = value;
                            else
                                delete message.orderId;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.marketId = value;
                            else
                                delete message.marketId;
                            continue;
                        }
                    case 4: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.int32())
                                message.side = value;
                            else
                                delete message.side;
                            continue;
                        }
                    case 5: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = $readint64(reader)) === "object" ? value.low || value.high : value !== 0)
                                message.sizeLots = value;
                            else
                                delete message.sizeLots;
                            continue;
                        }
                    case 6: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = $readint64(reader)) === "object" ? value.low || value.high : value !== 0)
                                message.limitPriceTicks = value;
                            else
                                delete message.limitPriceTicks;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Decodes a HedgeOrder message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof faultline.v1.HedgeOrder
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {faultline.v1.HedgeOrder & faultline.v1.HedgeOrder.$Shape} HedgeOrder
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            HedgeOrder.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            return HedgeOrder;
        })();

        v1.HedgeFill = (function() {

            /**
             * Properties of a HedgeFill.
             * @typedef {Object} faultline.v1.HedgeFill.$Properties
             * @property {string|null} [hedgerId] HedgeFill hedgerId
             * @property {number|null} [orderId] HedgeFill orderId
             * @property {number|null} [marketId] HedgeFill marketId
             * @property {faultline.v1.Side|null} [side] HedgeFill side
             * @property {number|null} [sizeLots] HedgeFill sizeLots
             * @property {number|null} [priceTicks] HedgeFill priceTicks
             * @property {number|null} [fee] HedgeFill fee
             * @property {number|null} [atUs] HedgeFill atUs
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a HedgeFill.
             * @memberof faultline.v1
             * @interface IHedgeFill
             * @augments faultline.v1.HedgeFill.$Properties
             * @deprecated Use faultline.v1.HedgeFill.$Properties instead.
             */

            /**
             * Shape of a HedgeFill.
             * @typedef {faultline.v1.HedgeFill.$Properties} faultline.v1.HedgeFill.$Shape
             */

            /**
             * Constructs a new HedgeFill.
             * @memberof faultline.v1
             * @classdesc Represents a HedgeFill.
             * @constructor
             * @param {faultline.v1.HedgeFill.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const HedgeFill = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * HedgeFill hedgerId.
             * @member {string} hedgerId
             * @memberof faultline.v1.HedgeFill
             * @instance
             */
            HedgeFill.prototype.hedgerId = "";

            /**
             * HedgeFill orderId.
             * @member {number} orderId
             * @memberof faultline.v1.HedgeFill
             * @instance
             */
            HedgeFill.prototype.orderId = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * HedgeFill marketId.
             * @member {number} marketId
             * @memberof faultline.v1.HedgeFill
             * @instance
             */
            HedgeFill.prototype.marketId = 0;

            /**
             * HedgeFill side.
             * @member {faultline.v1.Side} side
             * @memberof faultline.v1.HedgeFill
             * @instance
             */
            HedgeFill.prototype.side = 0;

            /**
             * HedgeFill sizeLots.
             * @member {number} sizeLots
             * @memberof faultline.v1.HedgeFill
             * @instance
             */
            HedgeFill.prototype.sizeLots = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

            /**
             * HedgeFill priceTicks.
             * @member {number} priceTicks
             * @memberof faultline.v1.HedgeFill
             * @instance
             */
            HedgeFill.prototype.priceTicks = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

            /**
             * HedgeFill fee.
             * @member {number} fee
             * @memberof faultline.v1.HedgeFill
             * @instance
             */
            HedgeFill.prototype.fee = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

            /**
             * HedgeFill atUs.
             * @member {number} atUs
             * @memberof faultline.v1.HedgeFill
             * @instance
             */
            HedgeFill.prototype.atUs = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

            /**
             * Creates a new HedgeFill instance using the specified properties.
             * @function create
             * @memberof faultline.v1.HedgeFill
             * @static
             * @param {faultline.v1.HedgeFill.$Properties=} [properties] Properties to set
             * @returns {faultline.v1.HedgeFill} HedgeFill instance
             * @type {{
             *   (properties: faultline.v1.HedgeFill.$Shape): faultline.v1.HedgeFill & faultline.v1.HedgeFill.$Shape;
             *   (properties?: faultline.v1.HedgeFill.$Properties): faultline.v1.HedgeFill;
             * }}
             */
            HedgeFill.create = function(properties) {
                return new HedgeFill(properties);
            };

            /**
             * Encodes the specified HedgeFill message. Does not implicitly {@link faultline.v1.HedgeFill.verify|verify} messages.
             * @function encode
             * @memberof faultline.v1.HedgeFill
             * @static
             * @param {faultline.v1.HedgeFill.$Properties} message HedgeFill message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            HedgeFill.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.hedgerId != null && $Object.hasOwnProperty.call(message, "hedgerId") && message.hedgerId !== "")
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.hedgerId);
                if (message.orderId != null && $Object.hasOwnProperty.call(message, "orderId") && (typeof message.orderId === "object" ? message.orderId.low || message.orderId.high : message.orderId !== 0))
                    writer.uint32(/* id 2, wireType 0 =*/16).uint64(message.orderId);
                if (message.marketId != null && $Object.hasOwnProperty.call(message, "marketId") && message.marketId !== 0)
                    writer.uint32(/* id 3, wireType 0 =*/24).uint32(message.marketId);
                if (message.side != null && $Object.hasOwnProperty.call(message, "side") && message.side !== 0)
                    writer.uint32(/* id 4, wireType 0 =*/32).int32(message.side);
                if (message.sizeLots != null && $Object.hasOwnProperty.call(message, "sizeLots") && (typeof message.sizeLots === "object" ? message.sizeLots.low || message.sizeLots.high : message.sizeLots !== 0))
                    writer.uint32(/* id 5, wireType 0 =*/40).int64(message.sizeLots);
                if (message.priceTicks != null && $Object.hasOwnProperty.call(message, "priceTicks") && (typeof message.priceTicks === "object" ? message.priceTicks.low || message.priceTicks.high : message.priceTicks !== 0))
                    writer.uint32(/* id 6, wireType 0 =*/48).int64(message.priceTicks);
                if (message.fee != null && $Object.hasOwnProperty.call(message, "fee") && (typeof message.fee === "object" ? message.fee.low || message.fee.high : message.fee !== 0))
                    writer.uint32(/* id 7, wireType 0 =*/56).int64(message.fee);
                if (message.atUs != null && $Object.hasOwnProperty.call(message, "atUs") && (typeof message.atUs === "object" ? message.atUs.low || message.atUs.high : message.atUs !== 0))
                    writer.uint32(/* id 8, wireType 0 =*/64).int64(message.atUs);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Encodes the specified HedgeFill message, length delimited. Does not implicitly {@link faultline.v1.HedgeFill.verify|verify} messages.
             * @function encodeDelimited
             * @memberof faultline.v1.HedgeFill
             * @static
             * @param {faultline.v1.HedgeFill.$Properties} message HedgeFill message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            HedgeFill.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            /**
             * Decodes a HedgeFill message from the specified reader or buffer.
             * @function decode
             * @memberof faultline.v1.HedgeFill
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {faultline.v1.HedgeFill & faultline.v1.HedgeFill.$Shape} HedgeFill
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            HedgeFill.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.faultline.v1.HedgeFill();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.hedgerId = value;
                            else
                                delete message.hedgerId;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = $readuint64(reader)) === "object" ? value.low || value.high : value !== 0)
                                message.orderId = value;
                            else
                                delete message.orderId;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.marketId = value;
                            else
                                delete message.marketId;
                            continue;
                        }
                    case 4: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.int32())
                                message.side = value;
                            else
                                delete message.side;
                            continue;
                        }
                    case 5: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = $readint64(reader)) === "object" ? value.low || value.high : value !== 0)
                                message.sizeLots = value;
                            else
                                delete message.sizeLots;
                            continue;
                        }
                    case 6: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = $readint64(reader)) === "object" ? value.low || value.high : value !== 0)
                                message.priceTicks = value;
                            else
                                delete message.priceTicks;
                            continue;
                        }
                    case 7: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = $readint64(reader)) === "object" ? value.low || value.high : value !== 0)
                                message.fee = value;
                            else
                                delete message.fee;
                            continue;
                        }
                    case 8: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = $readint64(reader)) === "object" ? value.low || value.high : value !== 0)
                                message.atUs = value;
                            else
                                delete message.atUs;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Decodes a HedgeFill message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof faultline.v1.HedgeFill
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {faultline.v1.HedgeFill & faultline.v1.HedgeFill.$Shape} HedgeFill
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            HedgeFill.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            return HedgeFill;
        })();

        v1.HedgeReject = (function() {

            /**
             * Properties of a HedgeReject.
             * @typedef {Object} faultline.v1.HedgeReject.$Properties
             * @property {string|null} [hedgerId] HedgeReject hedgerId
             * @property {number|null} [orderId] HedgeReject orderId
             * @property {string|null} [reason] HedgeReject reason
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a HedgeReject.
             * @memberof faultline.v1
             * @interface IHedgeReject
             * @augments faultline.v1.HedgeReject.$Properties
             * @deprecated Use faultline.v1.HedgeReject.$Properties instead.
             */

            /**
             * Shape of a HedgeReject.
             * @typedef {faultline.v1.HedgeReject.$Properties} faultline.v1.HedgeReject.$Shape
             */

            /**
             * Constructs a new HedgeReject.
             * @memberof faultline.v1
             * @classdesc Represents a HedgeReject.
             * @constructor
             * @param {faultline.v1.HedgeReject.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const HedgeReject = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * HedgeReject hedgerId.
             * @member {string} hedgerId
             * @memberof faultline.v1.HedgeReject
             * @instance
             */
            HedgeReject.prototype.hedgerId = "";

            /**
             * HedgeReject orderId.
             * @member {number} orderId
             * @memberof faultline.v1.HedgeReject
             * @instance
             */
            HedgeReject.prototype.orderId = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * HedgeReject reason.
             * @member {string} reason
             * @memberof faultline.v1.HedgeReject
             * @instance
             */
            HedgeReject.prototype.reason = "";

            /**
             * Creates a new HedgeReject instance using the specified properties.
             * @function create
             * @memberof faultline.v1.HedgeReject
             * @static
             * @param {faultline.v1.HedgeReject.$Properties=} [properties] Properties to set
             * @returns {faultline.v1.HedgeReject} HedgeReject instance
             * @type {{
             *   (properties: faultline.v1.HedgeReject.$Shape): faultline.v1.HedgeReject & faultline.v1.HedgeReject.$Shape;
             *   (properties?: faultline.v1.HedgeReject.$Properties): faultline.v1.HedgeReject;
             * }}
             */
            HedgeReject.create = function(properties) {
                return new HedgeReject(properties);
            };

            /**
             * Encodes the specified HedgeReject message. Does not implicitly {@link faultline.v1.HedgeReject.verify|verify} messages.
             * @function encode
             * @memberof faultline.v1.HedgeReject
             * @static
             * @param {faultline.v1.HedgeReject.$Properties} message HedgeReject message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            HedgeReject.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.hedgerId != null && $Object.hasOwnProperty.call(message, "hedgerId") && message.hedgerId !== "")
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.hedgerId);
                if (message.orderId != null && $Object.hasOwnProperty.call(message, "orderId") && (typeof message.orderId === "object" ? message.orderId.low || message.orderId.high : message.orderId !== 0))
                    writer.uint32(/* id 2, wireType 0 =*/16).uint64(message.orderId);
                if (message.reason != null && $Object.hasOwnProperty.call(message, "reason") && message.reason !== "")
                    writer.uint32(/* id 3, wireType 2 =*/26).string(message.reason);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Encodes the specified HedgeReject message, length delimited. Does not implicitly {@link faultline.v1.HedgeReject.verify|verify} messages.
             * @function encodeDelimited
             * @memberof faultline.v1.HedgeReject
             * @static
             * @param {faultline.v1.HedgeReject.$Properties} message HedgeReject message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            HedgeReject.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            /**
             * Decodes a HedgeReject message from the specified reader or buffer.
             * @function decode
             * @memberof faultline.v1.HedgeReject
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {faultline.v1.HedgeReject & faultline.v1.HedgeReject.$Shape} HedgeReject
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            HedgeReject.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.faultline.v1.HedgeReject();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.hedgerId = value;
                            else
                                delete message.hedgerId;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = $readuint64(reader)) === "object" ? value.low || value.high : value !== 0)
                                message.orderId = value;
                            else
                                delete message.orderId;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.reason = value;
                            else
                                delete message.reason;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Decodes a HedgeReject message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof faultline.v1.HedgeReject
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {faultline.v1.HedgeReject & faultline.v1.HedgeReject.$Shape} HedgeReject
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            HedgeReject.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            return HedgeReject;
        })();

        v1.HedgerWalRecord = (function() {

            /**
             * Properties of a HedgerWalRecord.
             * @typedef {Object} faultline.v1.HedgerWalRecord.$Properties
             * @property {faultline.v1.Transaction.$Properties|null} [deposit] HedgerWalRecord deposit
             * @property {faultline.v1.HedgerWalFunded.$Properties|null} [funded] HedgerWalRecord funded
             * @property {faultline.v1.HedgerWalVenueFill.$Properties|null} [venueFill] HedgerWalRecord venueFill
             * @property {faultline.v1.HedgerWalOrder.$Properties|null} [hedgeOrder] HedgerWalRecord hedgeOrder
             * @property {faultline.v1.HedgerWalHedgeFill.$Properties|null} [hedgeFill] HedgerWalRecord hedgeFill
             * @property {faultline.v1.HedgerWalHedgeClosed.$Properties|null} [hedgeClosed] HedgerWalRecord hedgeClosed
             * @property {"deposit"|"funded"|"venueFill"|"hedgeOrder"|"hedgeFill"|"hedgeClosed"} [record] HedgerWalRecord record
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a HedgerWalRecord.
             * @memberof faultline.v1
             * @interface IHedgerWalRecord
             * @augments faultline.v1.HedgerWalRecord.$Properties
             * @deprecated Use faultline.v1.HedgerWalRecord.$Properties instead.
             */

            /**
             * Narrowed shape of a HedgerWalRecord.
             * @typedef {{
             *   deposit?: faultline.v1.Transaction.$Shape|null;
             *   funded?: faultline.v1.HedgerWalFunded.$Shape|null;
             *   venueFill?: faultline.v1.HedgerWalVenueFill.$Shape|null;
             *   hedgeOrder?: faultline.v1.HedgerWalOrder.$Shape|null;
             *   hedgeFill?: faultline.v1.HedgerWalHedgeFill.$Shape|null;
             *   hedgeClosed?: faultline.v1.HedgerWalHedgeClosed.$Shape|null;
             *   $unknowns?: Array.<Uint8Array>;
             * } & (
             *   ({ record?: undefined; deposit?: null; funded?: null; venueFill?: null; hedgeOrder?: null; hedgeFill?: null; hedgeClosed?: null }|{ record?: "deposit"; deposit: faultline.v1.Transaction.$Shape; funded?: null; venueFill?: null; hedgeOrder?: null; hedgeFill?: null; hedgeClosed?: null }|{ record?: "funded"; deposit?: null; funded: faultline.v1.HedgerWalFunded.$Shape; venueFill?: null; hedgeOrder?: null; hedgeFill?: null; hedgeClosed?: null }|{ record?: "venueFill"; deposit?: null; funded?: null; venueFill: faultline.v1.HedgerWalVenueFill.$Shape; hedgeOrder?: null; hedgeFill?: null; hedgeClosed?: null }|{ record?: "hedgeOrder"; deposit?: null; funded?: null; venueFill?: null; hedgeOrder: faultline.v1.HedgerWalOrder.$Shape; hedgeFill?: null; hedgeClosed?: null }|{ record?: "hedgeFill"; deposit?: null; funded?: null; venueFill?: null; hedgeOrder?: null; hedgeFill: faultline.v1.HedgerWalHedgeFill.$Shape; hedgeClosed?: null }|{ record?: "hedgeClosed"; deposit?: null; funded?: null; venueFill?: null; hedgeOrder?: null; hedgeFill?: null; hedgeClosed: faultline.v1.HedgerWalHedgeClosed.$Shape })
             * )} faultline.v1.HedgerWalRecord.$Shape
             */

            /**
             * Constructs a new HedgerWalRecord.
             * @memberof faultline.v1
             * @classdesc Represents a HedgerWalRecord.
             * @constructor
             * @param {faultline.v1.HedgerWalRecord.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const HedgerWalRecord = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * HedgerWalRecord deposit.
             * @member {faultline.v1.Transaction.$Properties|null|undefined} deposit
             * @memberof faultline.v1.HedgerWalRecord
             * @instance
             */
            HedgerWalRecord.prototype.deposit = null;

            /**
             * HedgerWalRecord funded.
             * @member {faultline.v1.HedgerWalFunded.$Properties|null|undefined} funded
             * @memberof faultline.v1.HedgerWalRecord
             * @instance
             */
            HedgerWalRecord.prototype.funded = null;

            /**
             * HedgerWalRecord venueFill.
             * @member {faultline.v1.HedgerWalVenueFill.$Properties|null|undefined} venueFill
             * @memberof faultline.v1.HedgerWalRecord
             * @instance
             */
            HedgerWalRecord.prototype.venueFill = null;

            /**
             * HedgerWalRecord hedgeOrder.
             * @member {faultline.v1.HedgerWalOrder.$Properties|null|undefined} hedgeOrder
             * @memberof faultline.v1.HedgerWalRecord
             * @instance
             */
            HedgerWalRecord.prototype.hedgeOrder = null;

            /**
             * HedgerWalRecord hedgeFill.
             * @member {faultline.v1.HedgerWalHedgeFill.$Properties|null|undefined} hedgeFill
             * @memberof faultline.v1.HedgerWalRecord
             * @instance
             */
            HedgerWalRecord.prototype.hedgeFill = null;

            /**
             * HedgerWalRecord hedgeClosed.
             * @member {faultline.v1.HedgerWalHedgeClosed.$Properties|null|undefined} hedgeClosed
             * @memberof faultline.v1.HedgerWalRecord
             * @instance
             */
            HedgerWalRecord.prototype.hedgeClosed = null;

            // OneOf field names bound to virtual getters and setters
            let $oneOfFields;

            /**
             * HedgerWalRecord record.
             * @member {"deposit"|"funded"|"venueFill"|"hedgeOrder"|"hedgeFill"|"hedgeClosed"|undefined} record
             * @memberof faultline.v1.HedgerWalRecord
             * @instance
             */
            $Object.defineProperty(HedgerWalRecord.prototype, "record", {
                get: $util.oneOfGetter($oneOfFields = ["deposit", "funded", "venueFill", "hedgeOrder", "hedgeFill", "hedgeClosed"]),
                set: $util.oneOfSetter($oneOfFields)
            });

            /**
             * Creates a new HedgerWalRecord instance using the specified properties.
             * @function create
             * @memberof faultline.v1.HedgerWalRecord
             * @static
             * @param {faultline.v1.HedgerWalRecord.$Properties=} [properties] Properties to set
             * @returns {faultline.v1.HedgerWalRecord} HedgerWalRecord instance
             * @type {{
             *   (properties: faultline.v1.HedgerWalRecord.$Shape): faultline.v1.HedgerWalRecord & faultline.v1.HedgerWalRecord.$Shape;
             *   (properties?: faultline.v1.HedgerWalRecord.$Properties): faultline.v1.HedgerWalRecord;
             * }}
             */
            HedgerWalRecord.create = function(properties) {
                return new HedgerWalRecord(properties);
            };

            /**
             * Encodes the specified HedgerWalRecord message. Does not implicitly {@link faultline.v1.HedgerWalRecord.verify|verify} messages.
             * @function encode
             * @memberof faultline.v1.HedgerWalRecord
             * @static
             * @param {faultline.v1.HedgerWalRecord.$Properties} message HedgerWalRecord message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            HedgerWalRecord.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.deposit != null && $Object.hasOwnProperty.call(message, "deposit"))
                    $root.faultline.v1.Transaction.encode(message.deposit, writer.uint32(/* id 1, wireType 2 =*/10).fork(), _depth + 1).ldelim();
                if (message.funded != null && $Object.hasOwnProperty.call(message, "funded"))
                    $root.faultline.v1.HedgerWalFunded.encode(message.funded, writer.uint32(/* id 2, wireType 2 =*/18).fork(), _depth + 1).ldelim();
                if (message.venueFill != null && $Object.hasOwnProperty.call(message, "venueFill"))
                    $root.faultline.v1.HedgerWalVenueFill.encode(message.venueFill, writer.uint32(/* id 3, wireType 2 =*/26).fork(), _depth + 1).ldelim();
                if (message.hedgeOrder != null && $Object.hasOwnProperty.call(message, "hedgeOrder"))
                    $root.faultline.v1.HedgerWalOrder.encode(message.hedgeOrder, writer.uint32(/* id 4, wireType 2 =*/34).fork(), _depth + 1).ldelim();
                if (message.hedgeFill != null && $Object.hasOwnProperty.call(message, "hedgeFill"))
                    $root.faultline.v1.HedgerWalHedgeFill.encode(message.hedgeFill, writer.uint32(/* id 5, wireType 2 =*/42).fork(), _depth + 1).ldelim();
                if (message.hedgeClosed != null && $Object.hasOwnProperty.call(message, "hedgeClosed"))
                    $root.faultline.v1.HedgerWalHedgeClosed.encode(message.hedgeClosed, writer.uint32(/* id 6, wireType 2 =*/50).fork(), _depth + 1).ldelim();
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Encodes the specified HedgerWalRecord message, length delimited. Does not implicitly {@link faultline.v1.HedgerWalRecord.verify|verify} messages.
             * @function encodeDelimited
             * @memberof faultline.v1.HedgerWalRecord
             * @static
             * @param {faultline.v1.HedgerWalRecord.$Properties} message HedgerWalRecord message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            HedgerWalRecord.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            /**
             * Decodes a HedgerWalRecord message from the specified reader or buffer.
             * @function decode
             * @memberof faultline.v1.HedgerWalRecord
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {faultline.v1.HedgerWalRecord & faultline.v1.HedgerWalRecord.$Shape} HedgerWalRecord
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            HedgerWalRecord.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.faultline.v1.HedgerWalRecord();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            message.deposit = $root.faultline.v1.Transaction.decode(reader, reader.size(), $undefined, _depth + 1, message.deposit);
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            message.funded = $root.faultline.v1.HedgerWalFunded.decode(reader, reader.size(), $undefined, _depth + 1, message.funded);
                            continue;
                        }
                    case 3: {
                            if (wireType !== 2)
                                break;
                            message.venueFill = $root.faultline.v1.HedgerWalVenueFill.decode(reader, reader.size(), $undefined, _depth + 1, message.venueFill);
                            continue;
                        }
                    case 4: {
                            if (wireType !== 2)
                                break;
                            message.hedgeOrder = $root.faultline.v1.HedgerWalOrder.decode(reader, reader.size(), $undefined, _depth + 1, message.hedgeOrder);
                            continue;
                        }
                    case 5: {
                            if (wireType !== 2)
                                break;
                            message.hedgeFill = $root.faultline.v1.HedgerWalHedgeFill.decode(reader, reader.size(), $undefined, _depth + 1, message.hedgeFill);
                            continue;
                        }
                    case 6: {
                            if (wireType !== 2)
                                break;
                            message.hedgeClosed = $root.faultline.v1.HedgerWalHedgeClosed.decode(reader, reader.size(), $undefined, _depth + 1, message.hedgeClosed);
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Decodes a HedgerWalRecord message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof faultline.v1.HedgerWalRecord
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {faultline.v1.HedgerWalRecord & faultline.v1.HedgerWalRecord.$Shape} HedgerWalRecord
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            HedgerWalRecord.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            return HedgerWalRecord;
        })();

        v1.HedgerWalFunded = (function() {

            /**
             * Properties of a HedgerWalFunded.
             * @typedef {Object} faultline.v1.HedgerWalFunded.$Properties
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a HedgerWalFunded.
             * @memberof faultline.v1
             * @interface IHedgerWalFunded
             * @augments faultline.v1.HedgerWalFunded.$Properties
             * @deprecated Use faultline.v1.HedgerWalFunded.$Properties instead.
             */

            /**
             * Shape of a HedgerWalFunded.
             * @typedef {faultline.v1.HedgerWalFunded.$Properties} faultline.v1.HedgerWalFunded.$Shape
             */

            /**
             * Constructs a new HedgerWalFunded.
             * @memberof faultline.v1
             * @classdesc Represents a HedgerWalFunded.
             * @constructor
             * @param {faultline.v1.HedgerWalFunded.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const HedgerWalFunded = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * Creates a new HedgerWalFunded instance using the specified properties.
             * @function create
             * @memberof faultline.v1.HedgerWalFunded
             * @static
             * @param {faultline.v1.HedgerWalFunded.$Properties=} [properties] Properties to set
             * @returns {faultline.v1.HedgerWalFunded} HedgerWalFunded instance
             * @type {{
             *   (properties: faultline.v1.HedgerWalFunded.$Shape): faultline.v1.HedgerWalFunded & faultline.v1.HedgerWalFunded.$Shape;
             *   (properties?: faultline.v1.HedgerWalFunded.$Properties): faultline.v1.HedgerWalFunded;
             * }}
             */
            HedgerWalFunded.create = function(properties) {
                return new HedgerWalFunded(properties);
            };

            /**
             * Encodes the specified HedgerWalFunded message. Does not implicitly {@link faultline.v1.HedgerWalFunded.verify|verify} messages.
             * @function encode
             * @memberof faultline.v1.HedgerWalFunded
             * @static
             * @param {faultline.v1.HedgerWalFunded.$Properties} message HedgerWalFunded message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            HedgerWalFunded.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Encodes the specified HedgerWalFunded message, length delimited. Does not implicitly {@link faultline.v1.HedgerWalFunded.verify|verify} messages.
             * @function encodeDelimited
             * @memberof faultline.v1.HedgerWalFunded
             * @static
             * @param {faultline.v1.HedgerWalFunded.$Properties} message HedgerWalFunded message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            HedgerWalFunded.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            /**
             * Decodes a HedgerWalFunded message from the specified reader or buffer.
             * @function decode
             * @memberof faultline.v1.HedgerWalFunded
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {faultline.v1.HedgerWalFunded & faultline.v1.HedgerWalFunded.$Shape} HedgerWalFunded
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            HedgerWalFunded.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.faultline.v1.HedgerWalFunded();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    reader.skipType(tag & 7, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Decodes a HedgerWalFunded message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof faultline.v1.HedgerWalFunded
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {faultline.v1.HedgerWalFunded & faultline.v1.HedgerWalFunded.$Shape} HedgerWalFunded
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            HedgerWalFunded.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            return HedgerWalFunded;
        })();

        v1.HedgerWalTrade = (function() {

            /**
             * Properties of a HedgerWalTrade.
             * @typedef {Object} faultline.v1.HedgerWalTrade.$Properties
             * @property {number|null} [signedLots] HedgerWalTrade signedLots
             * @property {number|null} [priceTicks] HedgerWalTrade priceTicks
             * @property {number|null} [fee] HedgerWalTrade fee
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a HedgerWalTrade.
             * @memberof faultline.v1
             * @interface IHedgerWalTrade
             * @augments faultline.v1.HedgerWalTrade.$Properties
             * @deprecated Use faultline.v1.HedgerWalTrade.$Properties instead.
             */

            /**
             * Shape of a HedgerWalTrade.
             * @typedef {faultline.v1.HedgerWalTrade.$Properties} faultline.v1.HedgerWalTrade.$Shape
             */

            /**
             * Constructs a new HedgerWalTrade.
             * @memberof faultline.v1
             * @classdesc Represents a HedgerWalTrade.
             * @constructor
             * @param {faultline.v1.HedgerWalTrade.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const HedgerWalTrade = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * HedgerWalTrade signedLots.
             * @member {number} signedLots
             * @memberof faultline.v1.HedgerWalTrade
             * @instance
             */
            HedgerWalTrade.prototype.signedLots = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

            /**
             * HedgerWalTrade priceTicks.
             * @member {number} priceTicks
             * @memberof faultline.v1.HedgerWalTrade
             * @instance
             */
            HedgerWalTrade.prototype.priceTicks = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

            /**
             * HedgerWalTrade fee.
             * @member {number} fee
             * @memberof faultline.v1.HedgerWalTrade
             * @instance
             */
            HedgerWalTrade.prototype.fee = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

            /**
             * Creates a new HedgerWalTrade instance using the specified properties.
             * @function create
             * @memberof faultline.v1.HedgerWalTrade
             * @static
             * @param {faultline.v1.HedgerWalTrade.$Properties=} [properties] Properties to set
             * @returns {faultline.v1.HedgerWalTrade} HedgerWalTrade instance
             * @type {{
             *   (properties: faultline.v1.HedgerWalTrade.$Shape): faultline.v1.HedgerWalTrade & faultline.v1.HedgerWalTrade.$Shape;
             *   (properties?: faultline.v1.HedgerWalTrade.$Properties): faultline.v1.HedgerWalTrade;
             * }}
             */
            HedgerWalTrade.create = function(properties) {
                return new HedgerWalTrade(properties);
            };

            /**
             * Encodes the specified HedgerWalTrade message. Does not implicitly {@link faultline.v1.HedgerWalTrade.verify|verify} messages.
             * @function encode
             * @memberof faultline.v1.HedgerWalTrade
             * @static
             * @param {faultline.v1.HedgerWalTrade.$Properties} message HedgerWalTrade message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            HedgerWalTrade.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.signedLots != null && $Object.hasOwnProperty.call(message, "signedLots") && (typeof message.signedLots === "object" ? message.signedLots.low || message.signedLots.high : message.signedLots !== 0))
                    writer.uint32(/* id 1, wireType 0 =*/8).sint64(message.signedLots);
                if (message.priceTicks != null && $Object.hasOwnProperty.call(message, "priceTicks") && (typeof message.priceTicks === "object" ? message.priceTicks.low || message.priceTicks.high : message.priceTicks !== 0))
                    writer.uint32(/* id 2, wireType 0 =*/16).int64(message.priceTicks);
                if (message.fee != null && $Object.hasOwnProperty.call(message, "fee") && (typeof message.fee === "object" ? message.fee.low || message.fee.high : message.fee !== 0))
                    writer.uint32(/* id 3, wireType 0 =*/24).sint64(message.fee);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Encodes the specified HedgerWalTrade message, length delimited. Does not implicitly {@link faultline.v1.HedgerWalTrade.verify|verify} messages.
             * @function encodeDelimited
             * @memberof faultline.v1.HedgerWalTrade
             * @static
             * @param {faultline.v1.HedgerWalTrade.$Properties} message HedgerWalTrade message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            HedgerWalTrade.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            /**
             * Decodes a HedgerWalTrade message from the specified reader or buffer.
             * @function decode
             * @memberof faultline.v1.HedgerWalTrade
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {faultline.v1.HedgerWalTrade & faultline.v1.HedgerWalTrade.$Shape} HedgerWalTrade
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            HedgerWalTrade.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.faultline.v1.HedgerWalTrade();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.sint64()) === "object" ? value.low || value.high : value !== 0)
                                message.signedLots = value;
                            else
                                delete message.signedLots;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = $readint64(reader)) === "object" ? value.low || value.high : value !== 0)
                                message.priceTicks = value;
                            else
                                delete message.priceTicks;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.sint64()) === "object" ? value.low || value.high : value !== 0)
                                message.fee = value;
                            else
                                delete message.fee;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Decodes a HedgerWalTrade message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof faultline.v1.HedgerWalTrade
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {faultline.v1.HedgerWalTrade & faultline.v1.HedgerWalTrade.$Shape} HedgerWalTrade
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            HedgerWalTrade.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            return HedgerWalTrade;
        })();

        v1.HedgerWalVenueFill = (function() {

            /**
             * Properties of a HedgerWalVenueFill.
             * @typedef {Object} faultline.v1.HedgerWalVenueFill.$Properties
             * @property {number|null} [marketId] HedgerWalVenueFill marketId
             * @property {number|null} [fillId] HedgerWalVenueFill fillId
             * @property {faultline.v1.HedgerWalTrade.$Properties|null} [trade] HedgerWalVenueFill trade
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a HedgerWalVenueFill.
             * @memberof faultline.v1
             * @interface IHedgerWalVenueFill
             * @augments faultline.v1.HedgerWalVenueFill.$Properties
             * @deprecated Use faultline.v1.HedgerWalVenueFill.$Properties instead.
             */

            /**
             * Shape of a HedgerWalVenueFill.
             * @typedef {faultline.v1.HedgerWalVenueFill.$Properties} faultline.v1.HedgerWalVenueFill.$Shape
             */

            /**
             * Constructs a new HedgerWalVenueFill.
             * @memberof faultline.v1
             * @classdesc Represents a HedgerWalVenueFill.
             * @constructor
             * @param {faultline.v1.HedgerWalVenueFill.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const HedgerWalVenueFill = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * HedgerWalVenueFill marketId.
             * @member {number} marketId
             * @memberof faultline.v1.HedgerWalVenueFill
             * @instance
             */
            HedgerWalVenueFill.prototype.marketId = 0;

            /**
             * HedgerWalVenueFill fillId.
             * @member {number} fillId
             * @memberof faultline.v1.HedgerWalVenueFill
             * @instance
             */
            HedgerWalVenueFill.prototype.fillId = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * HedgerWalVenueFill trade.
             * @member {faultline.v1.HedgerWalTrade.$Properties|null|undefined} trade
             * @memberof faultline.v1.HedgerWalVenueFill
             * @instance
             */
            HedgerWalVenueFill.prototype.trade = null;

            /**
             * Creates a new HedgerWalVenueFill instance using the specified properties.
             * @function create
             * @memberof faultline.v1.HedgerWalVenueFill
             * @static
             * @param {faultline.v1.HedgerWalVenueFill.$Properties=} [properties] Properties to set
             * @returns {faultline.v1.HedgerWalVenueFill} HedgerWalVenueFill instance
             * @type {{
             *   (properties: faultline.v1.HedgerWalVenueFill.$Shape): faultline.v1.HedgerWalVenueFill & faultline.v1.HedgerWalVenueFill.$Shape;
             *   (properties?: faultline.v1.HedgerWalVenueFill.$Properties): faultline.v1.HedgerWalVenueFill;
             * }}
             */
            HedgerWalVenueFill.create = function(properties) {
                return new HedgerWalVenueFill(properties);
            };

            /**
             * Encodes the specified HedgerWalVenueFill message. Does not implicitly {@link faultline.v1.HedgerWalVenueFill.verify|verify} messages.
             * @function encode
             * @memberof faultline.v1.HedgerWalVenueFill
             * @static
             * @param {faultline.v1.HedgerWalVenueFill.$Properties} message HedgerWalVenueFill message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            HedgerWalVenueFill.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.marketId != null && $Object.hasOwnProperty.call(message, "marketId") && message.marketId !== 0)
                    writer.uint32(/* id 1, wireType 0 =*/8).uint32(message.marketId);
                if (message.fillId != null && $Object.hasOwnProperty.call(message, "fillId") && (typeof message.fillId === "object" ? message.fillId.low || message.fillId.high : message.fillId !== 0))
                    writer.uint32(/* id 2, wireType 0 =*/16).uint64(message.fillId);
                if (message.trade != null && $Object.hasOwnProperty.call(message, "trade"))
                    $root.faultline.v1.HedgerWalTrade.encode(message.trade, writer.uint32(/* id 3, wireType 2 =*/26).fork(), _depth + 1).ldelim();
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Encodes the specified HedgerWalVenueFill message, length delimited. Does not implicitly {@link faultline.v1.HedgerWalVenueFill.verify|verify} messages.
             * @function encodeDelimited
             * @memberof faultline.v1.HedgerWalVenueFill
             * @static
             * @param {faultline.v1.HedgerWalVenueFill.$Properties} message HedgerWalVenueFill message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            HedgerWalVenueFill.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            /**
             * Decodes a HedgerWalVenueFill message from the specified reader or buffer.
             * @function decode
             * @memberof faultline.v1.HedgerWalVenueFill
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {faultline.v1.HedgerWalVenueFill & faultline.v1.HedgerWalVenueFill.$Shape} HedgerWalVenueFill
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            HedgerWalVenueFill.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.faultline.v1.HedgerWalVenueFill();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.marketId = value;
                            else
                                delete message.marketId;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = $readuint64(reader)) === "object" ? value.low || value.high : value !== 0)
                                message.fillId = value;
                            else
                                delete message.fillId;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 2)
                                break;
                            message.trade = $root.faultline.v1.HedgerWalTrade.decode(reader, reader.size(), $undefined, _depth + 1, message.trade);
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Decodes a HedgerWalVenueFill message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof faultline.v1.HedgerWalVenueFill
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {faultline.v1.HedgerWalVenueFill & faultline.v1.HedgerWalVenueFill.$Shape} HedgerWalVenueFill
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            HedgerWalVenueFill.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            return HedgerWalVenueFill;
        })();

        v1.HedgerWalOrder = (function() {

            /**
             * Properties of a HedgerWalOrder.
             * @typedef {Object} faultline.v1.HedgerWalOrder.$Properties
             * @property {number|null} [orderId] HedgerWalOrder orderId
             * @property {number|null} [marketId] HedgerWalOrder marketId
             * @property {number|null} [signedLots] HedgerWalOrder signedLots
             * @property {number|null} [filledLots] HedgerWalOrder filledLots
             * @property {number|null} [sentAtUs] HedgerWalOrder sentAtUs
             * @property {boolean|null} [open] HedgerWalOrder open
             * @property {Array.<string>|null} [fillKeys] HedgerWalOrder fillKeys
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a HedgerWalOrder.
             * @memberof faultline.v1
             * @interface IHedgerWalOrder
             * @augments faultline.v1.HedgerWalOrder.$Properties
             * @deprecated Use faultline.v1.HedgerWalOrder.$Properties instead.
             */

            /**
             * Shape of a HedgerWalOrder.
             * @typedef {faultline.v1.HedgerWalOrder.$Properties} faultline.v1.HedgerWalOrder.$Shape
             */

            /**
             * Constructs a new HedgerWalOrder.
             * @memberof faultline.v1
             * @classdesc Represents a HedgerWalOrder.
             * @constructor
             * @param {faultline.v1.HedgerWalOrder.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const HedgerWalOrder = function (properties) {
                this.fillKeys = [];
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * HedgerWalOrder orderId.
             * @member {number} orderId
             * @memberof faultline.v1.HedgerWalOrder
             * @instance
             */
            HedgerWalOrder.prototype.orderId = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * HedgerWalOrder marketId.
             * @member {number} marketId
             * @memberof faultline.v1.HedgerWalOrder
             * @instance
             */
            HedgerWalOrder.prototype.marketId = 0;

            /**
             * HedgerWalOrder signedLots.
             * @member {number} signedLots
             * @memberof faultline.v1.HedgerWalOrder
             * @instance
             */
            HedgerWalOrder.prototype.signedLots = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

            /**
             * HedgerWalOrder filledLots.
             * @member {number} filledLots
             * @memberof faultline.v1.HedgerWalOrder
             * @instance
             */
            HedgerWalOrder.prototype.filledLots = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

            /**
             * HedgerWalOrder sentAtUs.
             * @member {number} sentAtUs
             * @memberof faultline.v1.HedgerWalOrder
             * @instance
             */
            HedgerWalOrder.prototype.sentAtUs = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

            /**
             * HedgerWalOrder open.
             * @member {boolean} open
             * @memberof faultline.v1.HedgerWalOrder
             * @instance
             */
            HedgerWalOrder.prototype.open = false;

            /**
             * HedgerWalOrder fillKeys.
             * @member {Array.<string>} fillKeys
             * @memberof faultline.v1.HedgerWalOrder
             * @instance
             */
            HedgerWalOrder.prototype.fillKeys = $util.emptyArray;

            /**
             * Creates a new HedgerWalOrder instance using the specified properties.
             * @function create
             * @memberof faultline.v1.HedgerWalOrder
             * @static
             * @param {faultline.v1.HedgerWalOrder.$Properties=} [properties] Properties to set
             * @returns {faultline.v1.HedgerWalOrder} HedgerWalOrder instance
             * @type {{
             *   (properties: faultline.v1.HedgerWalOrder.$Shape): faultline.v1.HedgerWalOrder & faultline.v1.HedgerWalOrder.$Shape;
             *   (properties?: faultline.v1.HedgerWalOrder.$Properties): faultline.v1.HedgerWalOrder;
             * }}
             */
            HedgerWalOrder.create = function(properties) {
                return new HedgerWalOrder(properties);
            };

            /**
             * Encodes the specified HedgerWalOrder message. Does not implicitly {@link faultline.v1.HedgerWalOrder.verify|verify} messages.
             * @function encode
             * @memberof faultline.v1.HedgerWalOrder
             * @static
             * @param {faultline.v1.HedgerWalOrder.$Properties} message HedgerWalOrder message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            HedgerWalOrder.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.orderId != null && $Object.hasOwnProperty.call(message, "orderId") && (typeof message.orderId === "object" ? message.orderId.low || message.orderId.high : message.orderId !== 0))
                    writer.uint32(/* id 1, wireType 0 =*/8).uint64(message.orderId);
                if (message.marketId != null && $Object.hasOwnProperty.call(message, "marketId") && message.marketId !== 0)
                    writer.uint32(/* id 2, wireType 0 =*/16).uint32(message.marketId);
                if (message.signedLots != null && $Object.hasOwnProperty.call(message, "signedLots") && (typeof message.signedLots === "object" ? message.signedLots.low || message.signedLots.high : message.signedLots !== 0))
                    writer.uint32(/* id 3, wireType 0 =*/24).sint64(message.signedLots);
                if (message.filledLots != null && $Object.hasOwnProperty.call(message, "filledLots") && (typeof message.filledLots === "object" ? message.filledLots.low || message.filledLots.high : message.filledLots !== 0))
                    writer.uint32(/* id 4, wireType 0 =*/32).sint64(message.filledLots);
                if (message.sentAtUs != null && $Object.hasOwnProperty.call(message, "sentAtUs") && (typeof message.sentAtUs === "object" ? message.sentAtUs.low || message.sentAtUs.high : message.sentAtUs !== 0))
                    writer.uint32(/* id 5, wireType 0 =*/40).int64(message.sentAtUs);
                if (message.open != null && $Object.hasOwnProperty.call(message, "open") && message.open !== false)
                    writer.uint32(/* id 6, wireType 0 =*/48).bool(message.open);
                if (message.fillKeys != null && message.fillKeys.length)
                    for (let i = 0; i < message.fillKeys.length; ++i)
                        writer.uint32(/* id 7, wireType 2 =*/58).string(message.fillKeys[i]);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Encodes the specified HedgerWalOrder message, length delimited. Does not implicitly {@link faultline.v1.HedgerWalOrder.verify|verify} messages.
             * @function encodeDelimited
             * @memberof faultline.v1.HedgerWalOrder
             * @static
             * @param {faultline.v1.HedgerWalOrder.$Properties} message HedgerWalOrder message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            HedgerWalOrder.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            /**
             * Decodes a HedgerWalOrder message from the specified reader or buffer.
             * @function decode
             * @memberof faultline.v1.HedgerWalOrder
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {faultline.v1.HedgerWalOrder & faultline.v1.HedgerWalOrder.$Shape} HedgerWalOrder
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            HedgerWalOrder.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.faultline.v1.HedgerWalOrder();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = $readuint64(reader)) === "object" ? value.low || value.high : value !== 0)
                                message.orderId = value;
                            else
                                delete message.orderId;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.marketId = value;
                            else
                                delete message.marketId;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.sint64()) === "object" ? value.low || value.high : value !== 0)
                                message.signedLots = value;
                            else
                                delete message.signedLots;
                            continue;
                        }
                    case 4: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.sint64()) === "object" ? value.low || value.high : value !== 0)
                                message.filledLots = value;
                            else
                                delete message.filledLots;
                            continue;
                        }
                    case 5: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = $readint64(reader)) === "object" ? value.low || value.high : value !== 0)
                                message.sentAtUs = value;
                            else
                                delete message.sentAtUs;
                            continue;
                        }
                    case 6: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.bool())
                                message.open = value;
                            else
                                delete message.open;
                            continue;
                        }
                    case 7: {
                            if (wireType !== 2)
                                break;
                            if (!(message.fillKeys && message.fillKeys.length))
                                message.fillKeys = [];
                            message.fillKeys.push(reader.stringVerify());
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Decodes a HedgerWalOrder message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof faultline.v1.HedgerWalOrder
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {faultline.v1.HedgerWalOrder & faultline.v1.HedgerWalOrder.$Shape} HedgerWalOrder
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            HedgerWalOrder.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            return HedgerWalOrder;
        })();

        v1.HedgerWalHedgeFill = (function() {

            /**
             * Properties of a HedgerWalHedgeFill.
             * @typedef {Object} faultline.v1.HedgerWalHedgeFill.$Properties
             * @property {number|null} [orderId] HedgerWalHedgeFill orderId
             * @property {string|null} [key] HedgerWalHedgeFill key
             * @property {faultline.v1.HedgerWalTrade.$Properties|null} [trade] HedgerWalHedgeFill trade
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a HedgerWalHedgeFill.
             * @memberof faultline.v1
             * @interface IHedgerWalHedgeFill
             * @augments faultline.v1.HedgerWalHedgeFill.$Properties
             * @deprecated Use faultline.v1.HedgerWalHedgeFill.$Properties instead.
             */

            /**
             * Shape of a HedgerWalHedgeFill.
             * @typedef {faultline.v1.HedgerWalHedgeFill.$Properties} faultline.v1.HedgerWalHedgeFill.$Shape
             */

            /**
             * Constructs a new HedgerWalHedgeFill.
             * @memberof faultline.v1
             * @classdesc Represents a HedgerWalHedgeFill.
             * @constructor
             * @param {faultline.v1.HedgerWalHedgeFill.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const HedgerWalHedgeFill = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * HedgerWalHedgeFill orderId.
             * @member {number} orderId
             * @memberof faultline.v1.HedgerWalHedgeFill
             * @instance
             */
            HedgerWalHedgeFill.prototype.orderId = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * HedgerWalHedgeFill key.
             * @member {string} key
             * @memberof faultline.v1.HedgerWalHedgeFill
             * @instance
             */
            HedgerWalHedgeFill.prototype.key = "";

            /**
             * HedgerWalHedgeFill trade.
             * @member {faultline.v1.HedgerWalTrade.$Properties|null|undefined} trade
             * @memberof faultline.v1.HedgerWalHedgeFill
             * @instance
             */
            HedgerWalHedgeFill.prototype.trade = null;

            /**
             * Creates a new HedgerWalHedgeFill instance using the specified properties.
             * @function create
             * @memberof faultline.v1.HedgerWalHedgeFill
             * @static
             * @param {faultline.v1.HedgerWalHedgeFill.$Properties=} [properties] Properties to set
             * @returns {faultline.v1.HedgerWalHedgeFill} HedgerWalHedgeFill instance
             * @type {{
             *   (properties: faultline.v1.HedgerWalHedgeFill.$Shape): faultline.v1.HedgerWalHedgeFill & faultline.v1.HedgerWalHedgeFill.$Shape;
             *   (properties?: faultline.v1.HedgerWalHedgeFill.$Properties): faultline.v1.HedgerWalHedgeFill;
             * }}
             */
            HedgerWalHedgeFill.create = function(properties) {
                return new HedgerWalHedgeFill(properties);
            };

            /**
             * Encodes the specified HedgerWalHedgeFill message. Does not implicitly {@link faultline.v1.HedgerWalHedgeFill.verify|verify} messages.
             * @function encode
             * @memberof faultline.v1.HedgerWalHedgeFill
             * @static
             * @param {faultline.v1.HedgerWalHedgeFill.$Properties} message HedgerWalHedgeFill message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            HedgerWalHedgeFill.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.orderId != null && $Object.hasOwnProperty.call(message, "orderId") && (typeof message.orderId === "object" ? message.orderId.low || message.orderId.high : message.orderId !== 0))
                    writer.uint32(/* id 1, wireType 0 =*/8).uint64(message.orderId);
                if (message.key != null && $Object.hasOwnProperty.call(message, "key") && message.key !== "")
                    writer.uint32(/* id 2, wireType 2 =*/18).string(message.key);
                if (message.trade != null && $Object.hasOwnProperty.call(message, "trade"))
                    $root.faultline.v1.HedgerWalTrade.encode(message.trade, writer.uint32(/* id 3, wireType 2 =*/26).fork(), _depth + 1).ldelim();
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Encodes the specified HedgerWalHedgeFill message, length delimited. Does not implicitly {@link faultline.v1.HedgerWalHedgeFill.verify|verify} messages.
             * @function encodeDelimited
             * @memberof faultline.v1.HedgerWalHedgeFill
             * @static
             * @param {faultline.v1.HedgerWalHedgeFill.$Properties} message HedgerWalHedgeFill message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            HedgerWalHedgeFill.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            /**
             * Decodes a HedgerWalHedgeFill message from the specified reader or buffer.
             * @function decode
             * @memberof faultline.v1.HedgerWalHedgeFill
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {faultline.v1.HedgerWalHedgeFill & faultline.v1.HedgerWalHedgeFill.$Shape} HedgerWalHedgeFill
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            HedgerWalHedgeFill.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.faultline.v1.HedgerWalHedgeFill();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = $readuint64(reader)) === "object" ? value.low || value.high : value !== 0)
                                message.orderId = value;
                            else
                                delete message.orderId;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.key = value;
                            else
                                delete message.key;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 2)
                                break;
                            message.trade = $root.faultline.v1.HedgerWalTrade.decode(reader, reader.size(), $undefined, _depth + 1, message.trade);
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Decodes a HedgerWalHedgeFill message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof faultline.v1.HedgerWalHedgeFill
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {faultline.v1.HedgerWalHedgeFill & faultline.v1.HedgerWalHedgeFill.$Shape} HedgerWalHedgeFill
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            HedgerWalHedgeFill.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            return HedgerWalHedgeFill;
        })();

        v1.HedgerWalHedgeClosed = (function() {

            /**
             * Properties of a HedgerWalHedgeClosed.
             * @typedef {Object} faultline.v1.HedgerWalHedgeClosed.$Properties
             * @property {number|null} [orderId] HedgerWalHedgeClosed orderId
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a HedgerWalHedgeClosed.
             * @memberof faultline.v1
             * @interface IHedgerWalHedgeClosed
             * @augments faultline.v1.HedgerWalHedgeClosed.$Properties
             * @deprecated Use faultline.v1.HedgerWalHedgeClosed.$Properties instead.
             */

            /**
             * Shape of a HedgerWalHedgeClosed.
             * @typedef {faultline.v1.HedgerWalHedgeClosed.$Properties} faultline.v1.HedgerWalHedgeClosed.$Shape
             */

            /**
             * Constructs a new HedgerWalHedgeClosed.
             * @memberof faultline.v1
             * @classdesc Represents a HedgerWalHedgeClosed.
             * @constructor
             * @param {faultline.v1.HedgerWalHedgeClosed.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const HedgerWalHedgeClosed = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * HedgerWalHedgeClosed orderId.
             * @member {number} orderId
             * @memberof faultline.v1.HedgerWalHedgeClosed
             * @instance
             */
            HedgerWalHedgeClosed.prototype.orderId = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * Creates a new HedgerWalHedgeClosed instance using the specified properties.
             * @function create
             * @memberof faultline.v1.HedgerWalHedgeClosed
             * @static
             * @param {faultline.v1.HedgerWalHedgeClosed.$Properties=} [properties] Properties to set
             * @returns {faultline.v1.HedgerWalHedgeClosed} HedgerWalHedgeClosed instance
             * @type {{
             *   (properties: faultline.v1.HedgerWalHedgeClosed.$Shape): faultline.v1.HedgerWalHedgeClosed & faultline.v1.HedgerWalHedgeClosed.$Shape;
             *   (properties?: faultline.v1.HedgerWalHedgeClosed.$Properties): faultline.v1.HedgerWalHedgeClosed;
             * }}
             */
            HedgerWalHedgeClosed.create = function(properties) {
                return new HedgerWalHedgeClosed(properties);
            };

            /**
             * Encodes the specified HedgerWalHedgeClosed message. Does not implicitly {@link faultline.v1.HedgerWalHedgeClosed.verify|verify} messages.
             * @function encode
             * @memberof faultline.v1.HedgerWalHedgeClosed
             * @static
             * @param {faultline.v1.HedgerWalHedgeClosed.$Properties} message HedgerWalHedgeClosed message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            HedgerWalHedgeClosed.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.orderId != null && $Object.hasOwnProperty.call(message, "orderId") && (typeof message.orderId === "object" ? message.orderId.low || message.orderId.high : message.orderId !== 0))
                    writer.uint32(/* id 1, wireType 0 =*/8).uint64(message.orderId);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Encodes the specified HedgerWalHedgeClosed message, length delimited. Does not implicitly {@link faultline.v1.HedgerWalHedgeClosed.verify|verify} messages.
             * @function encodeDelimited
             * @memberof faultline.v1.HedgerWalHedgeClosed
             * @static
             * @param {faultline.v1.HedgerWalHedgeClosed.$Properties} message HedgerWalHedgeClosed message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            HedgerWalHedgeClosed.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            /**
             * Decodes a HedgerWalHedgeClosed message from the specified reader or buffer.
             * @function decode
             * @memberof faultline.v1.HedgerWalHedgeClosed
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {faultline.v1.HedgerWalHedgeClosed & faultline.v1.HedgerWalHedgeClosed.$Shape} HedgerWalHedgeClosed
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            HedgerWalHedgeClosed.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.faultline.v1.HedgerWalHedgeClosed();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = $readuint64(reader)) === "object" ? value.low || value.high : value !== 0)
                                message.orderId = value;
                            else
                                delete message.orderId;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Decodes a HedgerWalHedgeClosed message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof faultline.v1.HedgerWalHedgeClosed
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {faultline.v1.HedgerWalHedgeClosed & faultline.v1.HedgerWalHedgeClosed.$Shape} HedgerWalHedgeClosed
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            HedgerWalHedgeClosed.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            return HedgerWalHedgeClosed;
        })();

        v1.HedgerWalLeg = (function() {

            /**
             * Properties of a HedgerWalLeg.
             * @typedef {Object} faultline.v1.HedgerWalLeg.$Properties
             * @property {number|null} [positionLots] HedgerWalLeg positionLots
             * @property {number|null} [cash] HedgerWalLeg cash
             * @property {number|null} [feesPaid] HedgerWalLeg feesPaid
             * @property {number|null} [lastPriceTicks] HedgerWalLeg lastPriceTicks
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a HedgerWalLeg.
             * @memberof faultline.v1
             * @interface IHedgerWalLeg
             * @augments faultline.v1.HedgerWalLeg.$Properties
             * @deprecated Use faultline.v1.HedgerWalLeg.$Properties instead.
             */

            /**
             * Shape of a HedgerWalLeg.
             * @typedef {faultline.v1.HedgerWalLeg.$Properties} faultline.v1.HedgerWalLeg.$Shape
             */

            /**
             * Constructs a new HedgerWalLeg.
             * @memberof faultline.v1
             * @classdesc Represents a HedgerWalLeg.
             * @constructor
             * @param {faultline.v1.HedgerWalLeg.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const HedgerWalLeg = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * HedgerWalLeg positionLots.
             * @member {number} positionLots
             * @memberof faultline.v1.HedgerWalLeg
             * @instance
             */
            HedgerWalLeg.prototype.positionLots = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

            /**
             * HedgerWalLeg cash.
             * @member {number} cash
             * @memberof faultline.v1.HedgerWalLeg
             * @instance
             */
            HedgerWalLeg.prototype.cash = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

            /**
             * HedgerWalLeg feesPaid.
             * @member {number} feesPaid
             * @memberof faultline.v1.HedgerWalLeg
             * @instance
             */
            HedgerWalLeg.prototype.feesPaid = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

            /**
             * HedgerWalLeg lastPriceTicks.
             * @member {number} lastPriceTicks
             * @memberof faultline.v1.HedgerWalLeg
             * @instance
             */
            HedgerWalLeg.prototype.lastPriceTicks = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

            /**
             * Creates a new HedgerWalLeg instance using the specified properties.
             * @function create
             * @memberof faultline.v1.HedgerWalLeg
             * @static
             * @param {faultline.v1.HedgerWalLeg.$Properties=} [properties] Properties to set
             * @returns {faultline.v1.HedgerWalLeg} HedgerWalLeg instance
             * @type {{
             *   (properties: faultline.v1.HedgerWalLeg.$Shape): faultline.v1.HedgerWalLeg & faultline.v1.HedgerWalLeg.$Shape;
             *   (properties?: faultline.v1.HedgerWalLeg.$Properties): faultline.v1.HedgerWalLeg;
             * }}
             */
            HedgerWalLeg.create = function(properties) {
                return new HedgerWalLeg(properties);
            };

            /**
             * Encodes the specified HedgerWalLeg message. Does not implicitly {@link faultline.v1.HedgerWalLeg.verify|verify} messages.
             * @function encode
             * @memberof faultline.v1.HedgerWalLeg
             * @static
             * @param {faultline.v1.HedgerWalLeg.$Properties} message HedgerWalLeg message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            HedgerWalLeg.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.positionLots != null && $Object.hasOwnProperty.call(message, "positionLots") && (typeof message.positionLots === "object" ? message.positionLots.low || message.positionLots.high : message.positionLots !== 0))
                    writer.uint32(/* id 1, wireType 0 =*/8).sint64(message.positionLots);
                if (message.cash != null && $Object.hasOwnProperty.call(message, "cash") && (typeof message.cash === "object" ? message.cash.low || message.cash.high : message.cash !== 0))
                    writer.uint32(/* id 2, wireType 0 =*/16).sint64(message.cash);
                if (message.feesPaid != null && $Object.hasOwnProperty.call(message, "feesPaid") && (typeof message.feesPaid === "object" ? message.feesPaid.low || message.feesPaid.high : message.feesPaid !== 0))
                    writer.uint32(/* id 3, wireType 0 =*/24).sint64(message.feesPaid);
                if (message.lastPriceTicks != null && $Object.hasOwnProperty.call(message, "lastPriceTicks") && (typeof message.lastPriceTicks === "object" ? message.lastPriceTicks.low || message.lastPriceTicks.high : message.lastPriceTicks !== 0))
                    writer.uint32(/* id 4, wireType 0 =*/32).int64(message.lastPriceTicks);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Encodes the specified HedgerWalLeg message, length delimited. Does not implicitly {@link faultline.v1.HedgerWalLeg.verify|verify} messages.
             * @function encodeDelimited
             * @memberof faultline.v1.HedgerWalLeg
             * @static
             * @param {faultline.v1.HedgerWalLeg.$Properties} message HedgerWalLeg message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            HedgerWalLeg.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            /**
             * Decodes a HedgerWalLeg message from the specified reader or buffer.
             * @function decode
             * @memberof faultline.v1.HedgerWalLeg
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {faultline.v1.HedgerWalLeg & faultline.v1.HedgerWalLeg.$Shape} HedgerWalLeg
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            HedgerWalLeg.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.faultline.v1.HedgerWalLeg();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.sint64()) === "object" ? value.low || value.high : value !== 0)
                                message.positionLots = value;
                            else
                                delete message.positionLots;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.sint64()) === "object" ? value.low || value.high : value !== 0)
                                message.cash = value;
                            else
                                delete message.cash;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.sint64()) === "object" ? value.low || value.high : value !== 0)
                                message.feesPaid = value;
                            else
                                delete message.feesPaid;
                            continue;
                        }
                    case 4: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = $readint64(reader)) === "object" ? value.low || value.high : value !== 0)
                                message.lastPriceTicks = value;
                            else
                                delete message.lastPriceTicks;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Decodes a HedgerWalLeg message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof faultline.v1.HedgerWalLeg
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {faultline.v1.HedgerWalLeg & faultline.v1.HedgerWalLeg.$Shape} HedgerWalLeg
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            HedgerWalLeg.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            return HedgerWalLeg;
        })();

        v1.HedgerWalMarketBook = (function() {

            /**
             * Properties of a HedgerWalMarketBook.
             * @typedef {Object} faultline.v1.HedgerWalMarketBook.$Properties
             * @property {number|null} [marketId] HedgerWalMarketBook marketId
             * @property {faultline.v1.HedgerWalLeg.$Properties|null} [venue] HedgerWalMarketBook venue
             * @property {faultline.v1.HedgerWalLeg.$Properties|null} [external] HedgerWalMarketBook external
             * @property {number|null} [venueMarkTicks] HedgerWalMarketBook venueMarkTicks
             * @property {number|null} [externalPriceTicks] HedgerWalMarketBook externalPriceTicks
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a HedgerWalMarketBook.
             * @memberof faultline.v1
             * @interface IHedgerWalMarketBook
             * @augments faultline.v1.HedgerWalMarketBook.$Properties
             * @deprecated Use faultline.v1.HedgerWalMarketBook.$Properties instead.
             */

            /**
             * Shape of a HedgerWalMarketBook.
             * @typedef {faultline.v1.HedgerWalMarketBook.$Properties} faultline.v1.HedgerWalMarketBook.$Shape
             */

            /**
             * Constructs a new HedgerWalMarketBook.
             * @memberof faultline.v1
             * @classdesc Represents a HedgerWalMarketBook.
             * @constructor
             * @param {faultline.v1.HedgerWalMarketBook.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const HedgerWalMarketBook = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * HedgerWalMarketBook marketId.
             * @member {number} marketId
             * @memberof faultline.v1.HedgerWalMarketBook
             * @instance
             */
            HedgerWalMarketBook.prototype.marketId = 0;

            /**
             * HedgerWalMarketBook venue.
             * @member {faultline.v1.HedgerWalLeg.$Properties|null|undefined} venue
             * @memberof faultline.v1.HedgerWalMarketBook
             * @instance
             */
            HedgerWalMarketBook.prototype.venue = null;

            /**
             * HedgerWalMarketBook external.
             * @member {faultline.v1.HedgerWalLeg.$Properties|null|undefined} external
             * @memberof faultline.v1.HedgerWalMarketBook
             * @instance
             */
            HedgerWalMarketBook.prototype.external = null;

            /**
             * HedgerWalMarketBook venueMarkTicks.
             * @member {number} venueMarkTicks
             * @memberof faultline.v1.HedgerWalMarketBook
             * @instance
             */
            HedgerWalMarketBook.prototype.venueMarkTicks = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

            /**
             * HedgerWalMarketBook externalPriceTicks.
             * @member {number} externalPriceTicks
             * @memberof faultline.v1.HedgerWalMarketBook
             * @instance
             */
            HedgerWalMarketBook.prototype.externalPriceTicks = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

            /**
             * Creates a new HedgerWalMarketBook instance using the specified properties.
             * @function create
             * @memberof faultline.v1.HedgerWalMarketBook
             * @static
             * @param {faultline.v1.HedgerWalMarketBook.$Properties=} [properties] Properties to set
             * @returns {faultline.v1.HedgerWalMarketBook} HedgerWalMarketBook instance
             * @type {{
             *   (properties: faultline.v1.HedgerWalMarketBook.$Shape): faultline.v1.HedgerWalMarketBook & faultline.v1.HedgerWalMarketBook.$Shape;
             *   (properties?: faultline.v1.HedgerWalMarketBook.$Properties): faultline.v1.HedgerWalMarketBook;
             * }}
             */
            HedgerWalMarketBook.create = function(properties) {
                return new HedgerWalMarketBook(properties);
            };

            /**
             * Encodes the specified HedgerWalMarketBook message. Does not implicitly {@link faultline.v1.HedgerWalMarketBook.verify|verify} messages.
             * @function encode
             * @memberof faultline.v1.HedgerWalMarketBook
             * @static
             * @param {faultline.v1.HedgerWalMarketBook.$Properties} message HedgerWalMarketBook message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            HedgerWalMarketBook.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.marketId != null && $Object.hasOwnProperty.call(message, "marketId") && message.marketId !== 0)
                    writer.uint32(/* id 1, wireType 0 =*/8).uint32(message.marketId);
                if (message.venue != null && $Object.hasOwnProperty.call(message, "venue"))
                    $root.faultline.v1.HedgerWalLeg.encode(message.venue, writer.uint32(/* id 2, wireType 2 =*/18).fork(), _depth + 1).ldelim();
                if (message.external != null && $Object.hasOwnProperty.call(message, "external"))
                    $root.faultline.v1.HedgerWalLeg.encode(message.external, writer.uint32(/* id 3, wireType 2 =*/26).fork(), _depth + 1).ldelim();
                if (message.venueMarkTicks != null && $Object.hasOwnProperty.call(message, "venueMarkTicks") && (typeof message.venueMarkTicks === "object" ? message.venueMarkTicks.low || message.venueMarkTicks.high : message.venueMarkTicks !== 0))
                    writer.uint32(/* id 4, wireType 0 =*/32).int64(message.venueMarkTicks);
                if (message.externalPriceTicks != null && $Object.hasOwnProperty.call(message, "externalPriceTicks") && (typeof message.externalPriceTicks === "object" ? message.externalPriceTicks.low || message.externalPriceTicks.high : message.externalPriceTicks !== 0))
                    writer.uint32(/* id 5, wireType 0 =*/40).int64(message.externalPriceTicks);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Encodes the specified HedgerWalMarketBook message, length delimited. Does not implicitly {@link faultline.v1.HedgerWalMarketBook.verify|verify} messages.
             * @function encodeDelimited
             * @memberof faultline.v1.HedgerWalMarketBook
             * @static
             * @param {faultline.v1.HedgerWalMarketBook.$Properties} message HedgerWalMarketBook message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            HedgerWalMarketBook.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            /**
             * Decodes a HedgerWalMarketBook message from the specified reader or buffer.
             * @function decode
             * @memberof faultline.v1.HedgerWalMarketBook
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {faultline.v1.HedgerWalMarketBook & faultline.v1.HedgerWalMarketBook.$Shape} HedgerWalMarketBook
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            HedgerWalMarketBook.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.faultline.v1.HedgerWalMarketBook();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.marketId = value;
                            else
                                delete message.marketId;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            message.venue = $root.faultline.v1.HedgerWalLeg.decode(reader, reader.size(), $undefined, _depth + 1, message.venue);
                            continue;
                        }
                    case 3: {
                            if (wireType !== 2)
                                break;
                            message.external = $root.faultline.v1.HedgerWalLeg.decode(reader, reader.size(), $undefined, _depth + 1, message.external);
                            continue;
                        }
                    case 4: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = $readint64(reader)) === "object" ? value.low || value.high : value !== 0)
                                message.venueMarkTicks = value;
                            else
                                delete message.venueMarkTicks;
                            continue;
                        }
                    case 5: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = $readint64(reader)) === "object" ? value.low || value.high : value !== 0)
                                message.externalPriceTicks = value;
                            else
                                delete message.externalPriceTicks;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Decodes a HedgerWalMarketBook message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof faultline.v1.HedgerWalMarketBook
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {faultline.v1.HedgerWalMarketBook & faultline.v1.HedgerWalMarketBook.$Shape} HedgerWalMarketBook
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            HedgerWalMarketBook.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            return HedgerWalMarketBook;
        })();

        v1.HedgerWalSnapshot = (function() {

            /**
             * Properties of a HedgerWalSnapshot.
             * @typedef {Object} faultline.v1.HedgerWalSnapshot.$Properties
             * @property {Array.<faultline.v1.HedgerWalMarketBook.$Properties>|null} [books] HedgerWalSnapshot books
             * @property {faultline.v1.Transaction.$Properties|null} [depositTx] HedgerWalSnapshot depositTx
             * @property {boolean|null} [funded] HedgerWalSnapshot funded
             * @property {number|null} [lastVenueFillId] HedgerWalSnapshot lastVenueFillId
             * @property {Array.<faultline.v1.HedgerWalOrder.$Properties>|null} [orders] HedgerWalSnapshot orders
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a HedgerWalSnapshot.
             * @memberof faultline.v1
             * @interface IHedgerWalSnapshot
             * @augments faultline.v1.HedgerWalSnapshot.$Properties
             * @deprecated Use faultline.v1.HedgerWalSnapshot.$Properties instead.
             */

            /**
             * Shape of a HedgerWalSnapshot.
             * @typedef {{
             *   books?: Array.<faultline.v1.HedgerWalMarketBook.$Shape>|null;
             *   depositTx?: faultline.v1.Transaction.$Shape|null;
             *   funded?: boolean|null;
             *   lastVenueFillId?: number|null;
             *   orders?: Array.<faultline.v1.HedgerWalOrder.$Shape>|null;
             *   $unknowns?: Array.<Uint8Array>;
             * }} faultline.v1.HedgerWalSnapshot.$Shape
             */

            /**
             * Constructs a new HedgerWalSnapshot.
             * @memberof faultline.v1
             * @classdesc Represents a HedgerWalSnapshot.
             * @constructor
             * @param {faultline.v1.HedgerWalSnapshot.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const HedgerWalSnapshot = function (properties) {
                this.books = [];
                this.orders = [];
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * HedgerWalSnapshot books.
             * @member {Array.<faultline.v1.HedgerWalMarketBook.$Properties>} books
             * @memberof faultline.v1.HedgerWalSnapshot
             * @instance
             */
            HedgerWalSnapshot.prototype.books = $util.emptyArray;

            /**
             * HedgerWalSnapshot depositTx.
             * @member {faultline.v1.Transaction.$Properties|null|undefined} depositTx
             * @memberof faultline.v1.HedgerWalSnapshot
             * @instance
             */
            HedgerWalSnapshot.prototype.depositTx = null;

            /**
             * HedgerWalSnapshot funded.
             * @member {boolean} funded
             * @memberof faultline.v1.HedgerWalSnapshot
             * @instance
             */
            HedgerWalSnapshot.prototype.funded = false;

            /**
             * HedgerWalSnapshot lastVenueFillId.
             * @member {number} lastVenueFillId
             * @memberof faultline.v1.HedgerWalSnapshot
             * @instance
             */
            HedgerWalSnapshot.prototype.lastVenueFillId = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * HedgerWalSnapshot orders.
             * @member {Array.<faultline.v1.HedgerWalOrder.$Properties>} orders
             * @memberof faultline.v1.HedgerWalSnapshot
             * @instance
             */
            HedgerWalSnapshot.prototype.orders = $util.emptyArray;

            /**
             * Creates a new HedgerWalSnapshot instance using the specified properties.
             * @function create
             * @memberof faultline.v1.HedgerWalSnapshot
             * @static
             * @param {faultline.v1.HedgerWalSnapshot.$Properties=} [properties] Properties to set
             * @returns {faultline.v1.HedgerWalSnapshot} HedgerWalSnapshot instance
             * @type {{
             *   (properties: faultline.v1.HedgerWalSnapshot.$Shape): faultline.v1.HedgerWalSnapshot & faultline.v1.HedgerWalSnapshot.$Shape;
             *   (properties?: faultline.v1.HedgerWalSnapshot.$Properties): faultline.v1.HedgerWalSnapshot;
             * }}
             */
            HedgerWalSnapshot.create = function(properties) {
                return new HedgerWalSnapshot(properties);
            };

            /**
             * Encodes the specified HedgerWalSnapshot message. Does not implicitly {@link faultline.v1.HedgerWalSnapshot.verify|verify} messages.
             * @function encode
             * @memberof faultline.v1.HedgerWalSnapshot
             * @static
             * @param {faultline.v1.HedgerWalSnapshot.$Properties} message HedgerWalSnapshot message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            HedgerWalSnapshot.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.books != null && message.books.length)
                    for (let i = 0; i < message.books.length; ++i)
                        $root.faultline.v1.HedgerWalMarketBook.encode(message.books[i], writer.uint32(/* id 1, wireType 2 =*/10).fork(), _depth + 1).ldelim();
                if (message.depositTx != null && $Object.hasOwnProperty.call(message, "depositTx"))
                    $root.faultline.v1.Transaction.encode(message.depositTx, writer.uint32(/* id 2, wireType 2 =*/18).fork(), _depth + 1).ldelim();
                if (message.funded != null && $Object.hasOwnProperty.call(message, "funded") && message.funded !== false)
                    writer.uint32(/* id 3, wireType 0 =*/24).bool(message.funded);
                if (message.lastVenueFillId != null && $Object.hasOwnProperty.call(message, "lastVenueFillId") && (typeof message.lastVenueFillId === "object" ? message.lastVenueFillId.low || message.lastVenueFillId.high : message.lastVenueFillId !== 0))
                    writer.uint32(/* id 4, wireType 0 =*/32).uint64(message.lastVenueFillId);
                if (message.orders != null && message.orders.length)
                    for (let i = 0; i < message.orders.length; ++i)
                        $root.faultline.v1.HedgerWalOrder.encode(message.orders[i], writer.uint32(/* id 5, wireType 2 =*/42).fork(), _depth + 1).ldelim();
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Encodes the specified HedgerWalSnapshot message, length delimited. Does not implicitly {@link faultline.v1.HedgerWalSnapshot.verify|verify} messages.
             * @function encodeDelimited
             * @memberof faultline.v1.HedgerWalSnapshot
             * @static
             * @param {faultline.v1.HedgerWalSnapshot.$Properties} message HedgerWalSnapshot message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            HedgerWalSnapshot.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            /**
             * Decodes a HedgerWalSnapshot message from the specified reader or buffer.
             * @function decode
             * @memberof faultline.v1.HedgerWalSnapshot
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {faultline.v1.HedgerWalSnapshot & faultline.v1.HedgerWalSnapshot.$Shape} HedgerWalSnapshot
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            HedgerWalSnapshot.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.faultline.v1.HedgerWalSnapshot();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if (!(message.books && message.books.length))
                                message.books = [];
                            message.books.push($root.faultline.v1.HedgerWalMarketBook.decode(reader, reader.size(), $undefined, _depth + 1));
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            message.depositTx = $root.faultline.v1.Transaction.decode(reader, reader.size(), $undefined, _depth + 1, message.depositTx);
                            continue;
                        }
                    case 3: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.bool())
                                message.funded = value;
                            else
                                delete message.funded;
                            continue;
                        }
                    case 4: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = $readuint64(reader)) === "object" ? value.low || value.high : value !== 0)
                                message.lastVenueFillId = value;
                            else
                                delete message.lastVenueFillId;
                            continue;
                        }
                    case 5: {
                            if (wireType !== 2)
                                break;
                            if (!(message.orders && message.orders.length))
                                message.orders = [];
                            message.orders.push($root.faultline.v1.HedgerWalOrder.decode(reader, reader.size(), $undefined, _depth + 1));
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Decodes a HedgerWalSnapshot message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof faultline.v1.HedgerWalSnapshot
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {faultline.v1.HedgerWalSnapshot & faultline.v1.HedgerWalSnapshot.$Shape} HedgerWalSnapshot
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            HedgerWalSnapshot.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            return HedgerWalSnapshot;
        })();

        v1.LogHeader = (function() {

            /**
             * Properties of a LogHeader.
             * @typedef {Object} faultline.v1.LogHeader.$Properties
             * @property {number|null} [formatVersion] LogHeader formatVersion
             * @property {string|null} [runId] LogHeader runId
             * @property {string|null} [scenario] LogHeader scenario
             * @property {number|null} [seed] LogHeader seed
             * @property {string|null} [createdBy] LogHeader createdBy
             * @property {string|null} [scenarioJson] LogHeader scenarioJson
             * @property {string|null} [policy] LogHeader policy
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a LogHeader.
             * @memberof faultline.v1
             * @interface ILogHeader
             * @augments faultline.v1.LogHeader.$Properties
             * @deprecated Use faultline.v1.LogHeader.$Properties instead.
             */

            /**
             * Shape of a LogHeader.
             * @typedef {faultline.v1.LogHeader.$Properties} faultline.v1.LogHeader.$Shape
             */

            /**
             * Constructs a new LogHeader.
             * @memberof faultline.v1
             * @classdesc Represents a LogHeader.
             * @constructor
             * @param {faultline.v1.LogHeader.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const LogHeader = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * LogHeader formatVersion.
             * @member {number} formatVersion
             * @memberof faultline.v1.LogHeader
             * @instance
             */
            LogHeader.prototype.formatVersion = 0;

            /**
             * LogHeader runId.
             * @member {string} runId
             * @memberof faultline.v1.LogHeader
             * @instance
             */
            LogHeader.prototype.runId = "";

            /**
             * LogHeader scenario.
             * @member {string} scenario
             * @memberof faultline.v1.LogHeader
             * @instance
             */
            LogHeader.prototype.scenario = "";

            /**
             * LogHeader seed.
             * @member {number} seed
             * @memberof faultline.v1.LogHeader
             * @instance
             */
            LogHeader.prototype.seed = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * LogHeader createdBy.
             * @member {string} createdBy
             * @memberof faultline.v1.LogHeader
             * @instance
             */
            LogHeader.prototype.createdBy = "";

            /**
             * LogHeader scenarioJson.
             * @member {string} scenarioJson
             * @memberof faultline.v1.LogHeader
             * @instance
             */
            LogHeader.prototype.scenarioJson = "";

            /**
             * LogHeader policy.
             * @member {string} policy
             * @memberof faultline.v1.LogHeader
             * @instance
             */
            LogHeader.prototype.policy = "";

            /**
             * Creates a new LogHeader instance using the specified properties.
             * @function create
             * @memberof faultline.v1.LogHeader
             * @static
             * @param {faultline.v1.LogHeader.$Properties=} [properties] Properties to set
             * @returns {faultline.v1.LogHeader} LogHeader instance
             * @type {{
             *   (properties: faultline.v1.LogHeader.$Shape): faultline.v1.LogHeader & faultline.v1.LogHeader.$Shape;
             *   (properties?: faultline.v1.LogHeader.$Properties): faultline.v1.LogHeader;
             * }}
             */
            LogHeader.create = function(properties) {
                return new LogHeader(properties);
            };

            /**
             * Encodes the specified LogHeader message. Does not implicitly {@link faultline.v1.LogHeader.verify|verify} messages.
             * @function encode
             * @memberof faultline.v1.LogHeader
             * @static
             * @param {faultline.v1.LogHeader.$Properties} message LogHeader message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            LogHeader.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.formatVersion != null && $Object.hasOwnProperty.call(message, "formatVersion") && message.formatVersion !== 0)
                    writer.uint32(/* id 1, wireType 0 =*/8).uint32(message.formatVersion);
                if (message.runId != null && $Object.hasOwnProperty.call(message, "runId") && message.runId !== "")
                    writer.uint32(/* id 2, wireType 2 =*/18).string(message.runId);
                if (message.scenario != null && $Object.hasOwnProperty.call(message, "scenario") && message.scenario !== "")
                    writer.uint32(/* id 3, wireType 2 =*/26).string(message.scenario);
                if (message.seed != null && $Object.hasOwnProperty.call(message, "seed") && (typeof message.seed === "object" ? message.seed.low || message.seed.high : message.seed !== 0))
                    writer.uint32(/* id 4, wireType 0 =*/32).uint64(message.seed);
                if (message.createdBy != null && $Object.hasOwnProperty.call(message, "createdBy") && message.createdBy !== "")
                    writer.uint32(/* id 5, wireType 2 =*/42).string(message.createdBy);
                if (message.scenarioJson != null && $Object.hasOwnProperty.call(message, "scenarioJson") && message.scenarioJson !== "")
                    writer.uint32(/* id 6, wireType 2 =*/50).string(message.scenarioJson);
                if (message.policy != null && $Object.hasOwnProperty.call(message, "policy") && message.policy !== "")
                    writer.uint32(/* id 7, wireType 2 =*/58).string(message.policy);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Encodes the specified LogHeader message, length delimited. Does not implicitly {@link faultline.v1.LogHeader.verify|verify} messages.
             * @function encodeDelimited
             * @memberof faultline.v1.LogHeader
             * @static
             * @param {faultline.v1.LogHeader.$Properties} message LogHeader message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            LogHeader.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            /**
             * Decodes a LogHeader message from the specified reader or buffer.
             * @function decode
             * @memberof faultline.v1.LogHeader
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {faultline.v1.LogHeader & faultline.v1.LogHeader.$Shape} LogHeader
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            LogHeader.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.faultline.v1.LogHeader();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.formatVersion = value;
                            else
                                delete message.formatVersion;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.runId = value;
                            else
                                delete message.runId;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.scenario = value;
                            else
                                delete message.scenario;
                            continue;
                        }
                    case 4: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = $readuint64(reader)) === "object" ? value.low || value.high : value !== 0)
                                message.seed = value;
                            else
                                delete message.seed;
                            continue;
                        }
                    case 5: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.createdBy = value;
                            else
                                delete message.createdBy;
                            continue;
                        }
                    case 6: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.scenarioJson = value;
                            else
                                delete message.scenarioJson;
                            continue;
                        }
                    case 7: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.policy = value;
                            else
                                delete message.policy;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Decodes a LogHeader message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof faultline.v1.LogHeader
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {faultline.v1.LogHeader & faultline.v1.LogHeader.$Shape} LogHeader
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            LogHeader.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            return LogHeader;
        })();

        v1.LogRecord = (function() {

            /**
             * Properties of a LogRecord.
             * @typedef {Object} faultline.v1.LogRecord.$Properties
             * @property {number|null} [seq] LogRecord seq
             * @property {number|null} [timeUs] LogRecord timeUs
             * @property {faultline.v1.CommittedBlock.$Properties|null} [block] LogRecord block
             * @property {faultline.v1.VenueEvent.$Properties|null} [event] LogRecord event
             * @property {faultline.v1.StateHash.$Properties|null} [stateHash] LogRecord stateHash
             * @property {faultline.v1.FaultCommand.$Properties|null} [fault] LogRecord fault
             * @property {string|null} [note] LogRecord note
             * @property {faultline.v1.ExternalPriceTick.$Properties|null} [externalPrice] LogRecord externalPrice
             * @property {faultline.v1.HedgerSnapshot.$Properties|null} [hedger] LogRecord hedger
             * @property {faultline.v1.ValidatorProgress.$Properties|null} [validator] LogRecord validator
             * @property {faultline.v1.ActorLifecycle.$Properties|null} [lifecycle] LogRecord lifecycle
             * @property {"block"|"event"|"stateHash"|"fault"|"note"|"externalPrice"|"hedger"|"validator"|"lifecycle"} [body] LogRecord body
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a LogRecord.
             * @memberof faultline.v1
             * @interface ILogRecord
             * @augments faultline.v1.LogRecord.$Properties
             * @deprecated Use faultline.v1.LogRecord.$Properties instead.
             */

            /**
             * Narrowed shape of a LogRecord.
             * @typedef {{
             *   seq?: number|null;
             *   timeUs?: number|null;
             *   block?: faultline.v1.CommittedBlock.$Shape|null;
             *   event?: faultline.v1.VenueEvent.$Shape|null;
             *   stateHash?: faultline.v1.StateHash.$Shape|null;
             *   fault?: faultline.v1.FaultCommand.$Shape|null;
             *   note?: string|null;
             *   externalPrice?: faultline.v1.ExternalPriceTick.$Shape|null;
             *   hedger?: faultline.v1.HedgerSnapshot.$Shape|null;
             *   validator?: faultline.v1.ValidatorProgress.$Shape|null;
             *   lifecycle?: faultline.v1.ActorLifecycle.$Shape|null;
             *   $unknowns?: Array.<Uint8Array>;
             * } & (
             *   ({ body?: undefined; block?: null; event?: null; stateHash?: null; fault?: null; note?: null; externalPrice?: null; hedger?: null; validator?: null; lifecycle?: null }|{ body?: "block"; block: faultline.v1.CommittedBlock.$Shape; event?: null; stateHash?: null; fault?: null; note?: null; externalPrice?: null; hedger?: null; validator?: null; lifecycle?: null }|{ body?: "event"; block?: null; event: faultline.v1.VenueEvent.$Shape; stateHash?: null; fault?: null; note?: null; externalPrice?: null; hedger?: null; validator?: null; lifecycle?: null }|{ body?: "stateHash"; block?: null; event?: null; stateHash: faultline.v1.StateHash.$Shape; fault?: null; note?: null; externalPrice?: null; hedger?: null; validator?: null; lifecycle?: null }|{ body?: "fault"; block?: null; event?: null; stateHash?: null; fault: faultline.v1.FaultCommand.$Shape; note?: null; externalPrice?: null; hedger?: null; validator?: null; lifecycle?: null }|{ body?: "note"; block?: null; event?: null; stateHash?: null; fault?: null; note: string; externalPrice?: null; hedger?: null; validator?: null; lifecycle?: null }|{ body?: "externalPrice"; block?: null; event?: null; stateHash?: null; fault?: null; note?: null; externalPrice: faultline.v1.ExternalPriceTick.$Shape; hedger?: null; validator?: null; lifecycle?: null }|{ body?: "hedger"; block?: null; event?: null; stateHash?: null; fault?: null; note?: null; externalPrice?: null; hedger: faultline.v1.HedgerSnapshot.$Shape; validator?: null; lifecycle?: null }|{ body?: "validator"; block?: null; event?: null; stateHash?: null; fault?: null; note?: null; externalPrice?: null; hedger?: null; validator: faultline.v1.ValidatorProgress.$Shape; lifecycle?: null }|{ body?: "lifecycle"; block?: null; event?: null; stateHash?: null; fault?: null; note?: null; externalPrice?: null; hedger?: null; validator?: null; lifecycle: faultline.v1.ActorLifecycle.$Shape })
             * )} faultline.v1.LogRecord.$Shape
             */

            /**
             * Constructs a new LogRecord.
             * @memberof faultline.v1
             * @classdesc Represents a LogRecord.
             * @constructor
             * @param {faultline.v1.LogRecord.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const LogRecord = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * LogRecord seq.
             * @member {number} seq
             * @memberof faultline.v1.LogRecord
             * @instance
             */
            LogRecord.prototype.seq = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * LogRecord timeUs.
             * @member {number} timeUs
             * @memberof faultline.v1.LogRecord
             * @instance
             */
            LogRecord.prototype.timeUs = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

            /**
             * LogRecord block.
             * @member {faultline.v1.CommittedBlock.$Properties|null|undefined} block
             * @memberof faultline.v1.LogRecord
             * @instance
             */
            LogRecord.prototype.block = null;

            /**
             * LogRecord event.
             * @member {faultline.v1.VenueEvent.$Properties|null|undefined} event
             * @memberof faultline.v1.LogRecord
             * @instance
             */
            LogRecord.prototype.event = null;

            /**
             * LogRecord stateHash.
             * @member {faultline.v1.StateHash.$Properties|null|undefined} stateHash
             * @memberof faultline.v1.LogRecord
             * @instance
             */
            LogRecord.prototype.stateHash = null;

            /**
             * LogRecord fault.
             * @member {faultline.v1.FaultCommand.$Properties|null|undefined} fault
             * @memberof faultline.v1.LogRecord
             * @instance
             */
            LogRecord.prototype.fault = null;

            /**
             * LogRecord note.
             * @member {string|null|undefined} note
             * @memberof faultline.v1.LogRecord
             * @instance
             */
            LogRecord.prototype.note = null;

            /**
             * LogRecord externalPrice.
             * @member {faultline.v1.ExternalPriceTick.$Properties|null|undefined} externalPrice
             * @memberof faultline.v1.LogRecord
             * @instance
             */
            LogRecord.prototype.externalPrice = null;

            /**
             * LogRecord hedger.
             * @member {faultline.v1.HedgerSnapshot.$Properties|null|undefined} hedger
             * @memberof faultline.v1.LogRecord
             * @instance
             */
            LogRecord.prototype.hedger = null;

            /**
             * LogRecord validator.
             * @member {faultline.v1.ValidatorProgress.$Properties|null|undefined} validator
             * @memberof faultline.v1.LogRecord
             * @instance
             */
            LogRecord.prototype.validator = null;

            /**
             * LogRecord lifecycle.
             * @member {faultline.v1.ActorLifecycle.$Properties|null|undefined} lifecycle
             * @memberof faultline.v1.LogRecord
             * @instance
             */
            LogRecord.prototype.lifecycle = null;

            // OneOf field names bound to virtual getters and setters
            let $oneOfFields;

            /**
             * LogRecord body.
             * @member {"block"|"event"|"stateHash"|"fault"|"note"|"externalPrice"|"hedger"|"validator"|"lifecycle"|undefined} body
             * @memberof faultline.v1.LogRecord
             * @instance
             */
            $Object.defineProperty(LogRecord.prototype, "body", {
                get: $util.oneOfGetter($oneOfFields = ["block", "event", "stateHash", "fault", "note", "externalPrice", "hedger", "validator", "lifecycle"]),
                set: $util.oneOfSetter($oneOfFields)
            });

            /**
             * Creates a new LogRecord instance using the specified properties.
             * @function create
             * @memberof faultline.v1.LogRecord
             * @static
             * @param {faultline.v1.LogRecord.$Properties=} [properties] Properties to set
             * @returns {faultline.v1.LogRecord} LogRecord instance
             * @type {{
             *   (properties: faultline.v1.LogRecord.$Shape): faultline.v1.LogRecord & faultline.v1.LogRecord.$Shape;
             *   (properties?: faultline.v1.LogRecord.$Properties): faultline.v1.LogRecord;
             * }}
             */
            LogRecord.create = function(properties) {
                return new LogRecord(properties);
            };

            /**
             * Encodes the specified LogRecord message. Does not implicitly {@link faultline.v1.LogRecord.verify|verify} messages.
             * @function encode
             * @memberof faultline.v1.LogRecord
             * @static
             * @param {faultline.v1.LogRecord.$Properties} message LogRecord message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            LogRecord.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.seq != null && $Object.hasOwnProperty.call(message, "seq") && (typeof message.seq === "object" ? message.seq.low || message.seq.high : message.seq !== 0))
                    writer.uint32(/* id 1, wireType 0 =*/8).uint64(message.seq);
                if (message.timeUs != null && $Object.hasOwnProperty.call(message, "timeUs") && (typeof message.timeUs === "object" ? message.timeUs.low || message.timeUs.high : message.timeUs !== 0))
                    writer.uint32(/* id 2, wireType 0 =*/16).int64(message.timeUs);
                if (message.block != null && $Object.hasOwnProperty.call(message, "block"))
                    $root.faultline.v1.CommittedBlock.encode(message.block, writer.uint32(/* id 10, wireType 2 =*/82).fork(), _depth + 1).ldelim();
                if (message.event != null && $Object.hasOwnProperty.call(message, "event"))
                    $root.faultline.v1.VenueEvent.encode(message.event, writer.uint32(/* id 11, wireType 2 =*/90).fork(), _depth + 1).ldelim();
                if (message.stateHash != null && $Object.hasOwnProperty.call(message, "stateHash"))
                    $root.faultline.v1.StateHash.encode(message.stateHash, writer.uint32(/* id 12, wireType 2 =*/98).fork(), _depth + 1).ldelim();
                if (message.fault != null && $Object.hasOwnProperty.call(message, "fault"))
                    $root.faultline.v1.FaultCommand.encode(message.fault, writer.uint32(/* id 13, wireType 2 =*/106).fork(), _depth + 1).ldelim();
                if (message.note != null && $Object.hasOwnProperty.call(message, "note"))
                    writer.uint32(/* id 14, wireType 2 =*/114).string(message.note);
                if (message.externalPrice != null && $Object.hasOwnProperty.call(message, "externalPrice"))
                    $root.faultline.v1.ExternalPriceTick.encode(message.externalPrice, writer.uint32(/* id 15, wireType 2 =*/122).fork(), _depth + 1).ldelim();
                if (message.hedger != null && $Object.hasOwnProperty.call(message, "hedger"))
                    $root.faultline.v1.HedgerSnapshot.encode(message.hedger, writer.uint32(/* id 16, wireType 2 =*/130).fork(), _depth + 1).ldelim();
                if (message.validator != null && $Object.hasOwnProperty.call(message, "validator"))
                    $root.faultline.v1.ValidatorProgress.encode(message.validator, writer.uint32(/* id 17, wireType 2 =*/138).fork(), _depth + 1).ldelim();
                if (message.lifecycle != null && $Object.hasOwnProperty.call(message, "lifecycle"))
                    $root.faultline.v1.ActorLifecycle.encode(message.lifecycle, writer.uint32(/* id 18, wireType 2 =*/146).fork(), _depth + 1).ldelim();
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Encodes the specified LogRecord message, length delimited. Does not implicitly {@link faultline.v1.LogRecord.verify|verify} messages.
             * @function encodeDelimited
             * @memberof faultline.v1.LogRecord
             * @static
             * @param {faultline.v1.LogRecord.$Properties} message LogRecord message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            LogRecord.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            /**
             * Decodes a LogRecord message from the specified reader or buffer.
             * @function decode
             * @memberof faultline.v1.LogRecord
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {faultline.v1.LogRecord & faultline.v1.LogRecord.$Shape} LogRecord
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            LogRecord.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.faultline.v1.LogRecord();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = $readuint64(reader)) === "object" ? value.low || value.high : value !== 0)
                                message.seq = value;
                            else
                                delete message.seq;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = $readint64(reader)) === "object" ? value.low || value.high : value !== 0)
                                message.timeUs = value;
                            else
                                delete message.timeUs;
                            continue;
                        }
                    case 10: {
                            if (wireType !== 2)
                                break;
                            message.block = $root.faultline.v1.CommittedBlock.decode(reader, reader.size(), $undefined, _depth + 1, message.block);
                            continue;
                        }
                    case 11: {
                            if (wireType !== 2)
                                break;
                            message.event = $root.faultline.v1.VenueEvent.decode(reader, reader.size(), $undefined, _depth + 1, message.event);
                            continue;
                        }
                    case 12: {
                            if (wireType !== 2)
                                break;
                            message.stateHash = $root.faultline.v1.StateHash.decode(reader, reader.size(), $undefined, _depth + 1, message.stateHash);
                            continue;
                        }
                    case 13: {
                            if (wireType !== 2)
                                break;
                            message.fault = $root.faultline.v1.FaultCommand.decode(reader, reader.size(), $undefined, _depth + 1, message.fault);
                            continue;
                        }
                    case 14: {
                            if (wireType !== 2)
                                break;
                            message.note = reader.stringVerify();
                            continue;
                        }
                    case 15: {
                            if (wireType !== 2)
                                break;
                            message.externalPrice = $root.faultline.v1.ExternalPriceTick.decode(reader, reader.size(), $undefined, _depth + 1, message.externalPrice);
                            continue;
                        }
                    case 16: {
                            if (wireType !== 2)
                                break;
                            message.hedger = $root.faultline.v1.HedgerSnapshot.decode(reader, reader.size(), $undefined, _depth + 1, message.hedger);
                            continue;
                        }
                    case 17: {
                            if (wireType !== 2)
                                break;
                            message.validator = $root.faultline.v1.ValidatorProgress.decode(reader, reader.size(), $undefined, _depth + 1, message.validator);
                            continue;
                        }
                    case 18: {
                            if (wireType !== 2)
                                break;
                            message.lifecycle = $root.faultline.v1.ActorLifecycle.decode(reader, reader.size(), $undefined, _depth + 1, message.lifecycle);
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Decodes a LogRecord message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof faultline.v1.LogRecord
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {faultline.v1.LogRecord & faultline.v1.LogRecord.$Shape} LogRecord
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            LogRecord.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            return LogRecord;
        })();

        v1.HedgerSnapshot = (function() {

            /**
             * Properties of a HedgerSnapshot.
             * @typedef {Object} faultline.v1.HedgerSnapshot.$Properties
             * @property {string|null} [hedgerId] HedgerSnapshot hedgerId
             * @property {string|null} [state] HedgerSnapshot state
             * @property {number|null} [venuePositionLots] HedgerSnapshot venuePositionLots
             * @property {number|null} [externalPositionLots] HedgerSnapshot externalPositionLots
             * @property {number|null} [deltaLots] HedgerSnapshot deltaLots
             * @property {number|null} [venuePnl] HedgerSnapshot venuePnl
             * @property {number|null} [externalPnl] HedgerSnapshot externalPnl
             * @property {number|null} [basisPnl] HedgerSnapshot basisPnl
             * @property {boolean|null} [pnlUnknown] HedgerSnapshot pnlUnknown
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a HedgerSnapshot.
             * @memberof faultline.v1
             * @interface IHedgerSnapshot
             * @augments faultline.v1.HedgerSnapshot.$Properties
             * @deprecated Use faultline.v1.HedgerSnapshot.$Properties instead.
             */

            /**
             * Shape of a HedgerSnapshot.
             * @typedef {faultline.v1.HedgerSnapshot.$Properties} faultline.v1.HedgerSnapshot.$Shape
             */

            /**
             * Constructs a new HedgerSnapshot.
             * @memberof faultline.v1
             * @classdesc Represents a HedgerSnapshot.
             * @constructor
             * @param {faultline.v1.HedgerSnapshot.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const HedgerSnapshot = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * HedgerSnapshot hedgerId.
             * @member {string} hedgerId
             * @memberof faultline.v1.HedgerSnapshot
             * @instance
             */
            HedgerSnapshot.prototype.hedgerId = "";

            /**
             * HedgerSnapshot state.
             * @member {string} state
             * @memberof faultline.v1.HedgerSnapshot
             * @instance
             */
            HedgerSnapshot.prototype.state = "";

            /**
             * HedgerSnapshot venuePositionLots.
             * @member {number} venuePositionLots
             * @memberof faultline.v1.HedgerSnapshot
             * @instance
             */
            HedgerSnapshot.prototype.venuePositionLots = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

            /**
             * HedgerSnapshot externalPositionLots.
             * @member {number} externalPositionLots
             * @memberof faultline.v1.HedgerSnapshot
             * @instance
             */
            HedgerSnapshot.prototype.externalPositionLots = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

            /**
             * HedgerSnapshot deltaLots.
             * @member {number} deltaLots
             * @memberof faultline.v1.HedgerSnapshot
             * @instance
             */
            HedgerSnapshot.prototype.deltaLots = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

            /**
             * HedgerSnapshot venuePnl.
             * @member {number} venuePnl
             * @memberof faultline.v1.HedgerSnapshot
             * @instance
             */
            HedgerSnapshot.prototype.venuePnl = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

            /**
             * HedgerSnapshot externalPnl.
             * @member {number} externalPnl
             * @memberof faultline.v1.HedgerSnapshot
             * @instance
             */
            HedgerSnapshot.prototype.externalPnl = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

            /**
             * HedgerSnapshot basisPnl.
             * @member {number} basisPnl
             * @memberof faultline.v1.HedgerSnapshot
             * @instance
             */
            HedgerSnapshot.prototype.basisPnl = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

            /**
             * HedgerSnapshot pnlUnknown.
             * @member {boolean} pnlUnknown
             * @memberof faultline.v1.HedgerSnapshot
             * @instance
             */
            HedgerSnapshot.prototype.pnlUnknown = false;

            /**
             * Creates a new HedgerSnapshot instance using the specified properties.
             * @function create
             * @memberof faultline.v1.HedgerSnapshot
             * @static
             * @param {faultline.v1.HedgerSnapshot.$Properties=} [properties] Properties to set
             * @returns {faultline.v1.HedgerSnapshot} HedgerSnapshot instance
             * @type {{
             *   (properties: faultline.v1.HedgerSnapshot.$Shape): faultline.v1.HedgerSnapshot & faultline.v1.HedgerSnapshot.$Shape;
             *   (properties?: faultline.v1.HedgerSnapshot.$Properties): faultline.v1.HedgerSnapshot;
             * }}
             */
            HedgerSnapshot.create = function(properties) {
                return new HedgerSnapshot(properties);
            };

            /**
             * Encodes the specified HedgerSnapshot message. Does not implicitly {@link faultline.v1.HedgerSnapshot.verify|verify} messages.
             * @function encode
             * @memberof faultline.v1.HedgerSnapshot
             * @static
             * @param {faultline.v1.HedgerSnapshot.$Properties} message HedgerSnapshot message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            HedgerSnapshot.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.hedgerId != null && $Object.hasOwnProperty.call(message, "hedgerId") && message.hedgerId !== "")
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.hedgerId);
                if (message.state != null && $Object.hasOwnProperty.call(message, "state") && message.state !== "")
                    writer.uint32(/* id 2, wireType 2 =*/18).string(message.state);
                if (message.venuePositionLots != null && $Object.hasOwnProperty.call(message, "venuePositionLots") && (typeof message.venuePositionLots === "object" ? message.venuePositionLots.low || message.venuePositionLots.high : message.venuePositionLots !== 0))
                    writer.uint32(/* id 3, wireType 0 =*/24).int64(message.venuePositionLots);
                if (message.externalPositionLots != null && $Object.hasOwnProperty.call(message, "externalPositionLots") && (typeof message.externalPositionLots === "object" ? message.externalPositionLots.low || message.externalPositionLots.high : message.externalPositionLots !== 0))
                    writer.uint32(/* id 4, wireType 0 =*/32).int64(message.externalPositionLots);
                if (message.deltaLots != null && $Object.hasOwnProperty.call(message, "deltaLots") && (typeof message.deltaLots === "object" ? message.deltaLots.low || message.deltaLots.high : message.deltaLots !== 0))
                    writer.uint32(/* id 5, wireType 0 =*/40).int64(message.deltaLots);
                if (message.venuePnl != null && $Object.hasOwnProperty.call(message, "venuePnl") && (typeof message.venuePnl === "object" ? message.venuePnl.low || message.venuePnl.high : message.venuePnl !== 0))
                    writer.uint32(/* id 6, wireType 0 =*/48).int64(message.venuePnl);
                if (message.externalPnl != null && $Object.hasOwnProperty.call(message, "externalPnl") && (typeof message.externalPnl === "object" ? message.externalPnl.low || message.externalPnl.high : message.externalPnl !== 0))
                    writer.uint32(/* id 7, wireType 0 =*/56).int64(message.externalPnl);
                if (message.basisPnl != null && $Object.hasOwnProperty.call(message, "basisPnl") && (typeof message.basisPnl === "object" ? message.basisPnl.low || message.basisPnl.high : message.basisPnl !== 0))
                    writer.uint32(/* id 8, wireType 0 =*/64).int64(message.basisPnl);
                if (message.pnlUnknown != null && $Object.hasOwnProperty.call(message, "pnlUnknown") && message.pnlUnknown !== false)
                    writer.uint32(/* id 9, wireType 0 =*/72).bool(message.pnlUnknown);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Encodes the specified HedgerSnapshot message, length delimited. Does not implicitly {@link faultline.v1.HedgerSnapshot.verify|verify} messages.
             * @function encodeDelimited
             * @memberof faultline.v1.HedgerSnapshot
             * @static
             * @param {faultline.v1.HedgerSnapshot.$Properties} message HedgerSnapshot message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            HedgerSnapshot.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            /**
             * Decodes a HedgerSnapshot message from the specified reader or buffer.
             * @function decode
             * @memberof faultline.v1.HedgerSnapshot
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {faultline.v1.HedgerSnapshot & faultline.v1.HedgerSnapshot.$Shape} HedgerSnapshot
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            HedgerSnapshot.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.faultline.v1.HedgerSnapshot();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.hedgerId = value;
                            else
                                delete message.hedgerId;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.state = value;
                            else
                                delete message.state;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = $readint64(reader)) === "object" ? value.low || value.high : value !== 0)
                                message.venuePositionLots = value;
                            else
                                delete message.venuePositionLots;
                            continue;
                        }
                    case 4: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = $readint64(reader)) === "object" ? value.low || value.high : value !== 0)
                                message.externalPositionLots = value;
                            else
                                delete message.externalPositionLots;
                            continue;
                        }
                    case 5: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = $readint64(reader)) === "object" ? value.low || value.high : value !== 0)
                                message.deltaLots = value;
                            else
                                delete message.deltaLots;
                            continue;
                        }
                    case 6: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = $readint64(reader)) === "object" ? value.low || value.high : value !== 0)
                                message.venuePnl = value;
                            else
                                delete message.venuePnl;
                            continue;
                        }
                    case 7: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = $readint64(reader)) === "object" ? value.low || value.high : value !== 0)
                                message.externalPnl = value;
                            else
                                delete message.externalPnl;
                            continue;
                        }
                    case 8: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = $readint64(reader)) === "object" ? value.low || value.high : value !== 0)
                                message.basisPnl = value;
                            else
                                delete message.basisPnl;
                            continue;
                        }
                    case 9: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.bool())
                                message.pnlUnknown = value;
                            else
                                delete message.pnlUnknown;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Decodes a HedgerSnapshot message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof faultline.v1.HedgerSnapshot
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {faultline.v1.HedgerSnapshot & faultline.v1.HedgerSnapshot.$Shape} HedgerSnapshot
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            HedgerSnapshot.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            return HedgerSnapshot;
        })();

        v1.ValidatorProgress = (function() {

            /**
             * Properties of a ValidatorProgress.
             * @typedef {Object} faultline.v1.ValidatorProgress.$Properties
             * @property {string|null} [validatorId] ValidatorProgress validatorId
             * @property {number|null} [height] ValidatorProgress height
             * @property {number|null} [round] ValidatorProgress round
             * @property {number|null} [blockTimeUs] ValidatorProgress blockTimeUs
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a ValidatorProgress.
             * @memberof faultline.v1
             * @interface IValidatorProgress
             * @augments faultline.v1.ValidatorProgress.$Properties
             * @deprecated Use faultline.v1.ValidatorProgress.$Properties instead.
             */

            /**
             * Shape of a ValidatorProgress.
             * @typedef {faultline.v1.ValidatorProgress.$Properties} faultline.v1.ValidatorProgress.$Shape
             */

            /**
             * Constructs a new ValidatorProgress.
             * @memberof faultline.v1
             * @classdesc Represents a ValidatorProgress.
             * @constructor
             * @param {faultline.v1.ValidatorProgress.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const ValidatorProgress = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * ValidatorProgress validatorId.
             * @member {string} validatorId
             * @memberof faultline.v1.ValidatorProgress
             * @instance
             */
            ValidatorProgress.prototype.validatorId = "";

            /**
             * ValidatorProgress height.
             * @member {number} height
             * @memberof faultline.v1.ValidatorProgress
             * @instance
             */
            ValidatorProgress.prototype.height = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * ValidatorProgress round.
             * @member {number} round
             * @memberof faultline.v1.ValidatorProgress
             * @instance
             */
            ValidatorProgress.prototype.round = 0;

            /**
             * ValidatorProgress blockTimeUs.
             * @member {number} blockTimeUs
             * @memberof faultline.v1.ValidatorProgress
             * @instance
             */
            ValidatorProgress.prototype.blockTimeUs = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

            /**
             * Creates a new ValidatorProgress instance using the specified properties.
             * @function create
             * @memberof faultline.v1.ValidatorProgress
             * @static
             * @param {faultline.v1.ValidatorProgress.$Properties=} [properties] Properties to set
             * @returns {faultline.v1.ValidatorProgress} ValidatorProgress instance
             * @type {{
             *   (properties: faultline.v1.ValidatorProgress.$Shape): faultline.v1.ValidatorProgress & faultline.v1.ValidatorProgress.$Shape;
             *   (properties?: faultline.v1.ValidatorProgress.$Properties): faultline.v1.ValidatorProgress;
             * }}
             */
            ValidatorProgress.create = function(properties) {
                return new ValidatorProgress(properties);
            };

            /**
             * Encodes the specified ValidatorProgress message. Does not implicitly {@link faultline.v1.ValidatorProgress.verify|verify} messages.
             * @function encode
             * @memberof faultline.v1.ValidatorProgress
             * @static
             * @param {faultline.v1.ValidatorProgress.$Properties} message ValidatorProgress message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            ValidatorProgress.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.validatorId != null && $Object.hasOwnProperty.call(message, "validatorId") && message.validatorId !== "")
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.validatorId);
                if (message.height != null && $Object.hasOwnProperty.call(message, "height") && (typeof message.height === "object" ? message.height.low || message.height.high : message.height !== 0))
                    writer.uint32(/* id 2, wireType 0 =*/16).uint64(message.height);
                if (message.round != null && $Object.hasOwnProperty.call(message, "round") && message.round !== 0)
                    writer.uint32(/* id 3, wireType 0 =*/24).uint32(message.round);
                if (message.blockTimeUs != null && $Object.hasOwnProperty.call(message, "blockTimeUs") && (typeof message.blockTimeUs === "object" ? message.blockTimeUs.low || message.blockTimeUs.high : message.blockTimeUs !== 0))
                    writer.uint32(/* id 4, wireType 0 =*/32).int64(message.blockTimeUs);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Encodes the specified ValidatorProgress message, length delimited. Does not implicitly {@link faultline.v1.ValidatorProgress.verify|verify} messages.
             * @function encodeDelimited
             * @memberof faultline.v1.ValidatorProgress
             * @static
             * @param {faultline.v1.ValidatorProgress.$Properties} message ValidatorProgress message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            ValidatorProgress.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            /**
             * Decodes a ValidatorProgress message from the specified reader or buffer.
             * @function decode
             * @memberof faultline.v1.ValidatorProgress
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {faultline.v1.ValidatorProgress & faultline.v1.ValidatorProgress.$Shape} ValidatorProgress
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            ValidatorProgress.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.faultline.v1.ValidatorProgress();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.validatorId = value;
                            else
                                delete message.validatorId;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = $readuint64(reader)) === "object" ? value.low || value.high : value !== 0)
                                message.height = value;
                            else
                                delete message.height;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.round = value;
                            else
                                delete message.round;
                            continue;
                        }
                    case 4: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = $readint64(reader)) === "object" ? value.low || value.high : value !== 0)
                                message.blockTimeUs = value;
                            else
                                delete message.blockTimeUs;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Decodes a ValidatorProgress message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof faultline.v1.ValidatorProgress
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {faultline.v1.ValidatorProgress & faultline.v1.ValidatorProgress.$Shape} ValidatorProgress
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            ValidatorProgress.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            return ValidatorProgress;
        })();

        v1.ActorLifecycle = (function() {

            /**
             * Properties of an ActorLifecycle.
             * @typedef {Object} faultline.v1.ActorLifecycle.$Properties
             * @property {string|null} [actorId] ActorLifecycle actorId
             * @property {string|null} [change] ActorLifecycle change
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of an ActorLifecycle.
             * @memberof faultline.v1
             * @interface IActorLifecycle
             * @augments faultline.v1.ActorLifecycle.$Properties
             * @deprecated Use faultline.v1.ActorLifecycle.$Properties instead.
             */

            /**
             * Shape of an ActorLifecycle.
             * @typedef {faultline.v1.ActorLifecycle.$Properties} faultline.v1.ActorLifecycle.$Shape
             */

            /**
             * Constructs a new ActorLifecycle.
             * @memberof faultline.v1
             * @classdesc Represents an ActorLifecycle.
             * @constructor
             * @param {faultline.v1.ActorLifecycle.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const ActorLifecycle = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * ActorLifecycle actorId.
             * @member {string} actorId
             * @memberof faultline.v1.ActorLifecycle
             * @instance
             */
            ActorLifecycle.prototype.actorId = "";

            /**
             * ActorLifecycle change.
             * @member {string} change
             * @memberof faultline.v1.ActorLifecycle
             * @instance
             */
            ActorLifecycle.prototype.change = "";

            /**
             * Creates a new ActorLifecycle instance using the specified properties.
             * @function create
             * @memberof faultline.v1.ActorLifecycle
             * @static
             * @param {faultline.v1.ActorLifecycle.$Properties=} [properties] Properties to set
             * @returns {faultline.v1.ActorLifecycle} ActorLifecycle instance
             * @type {{
             *   (properties: faultline.v1.ActorLifecycle.$Shape): faultline.v1.ActorLifecycle & faultline.v1.ActorLifecycle.$Shape;
             *   (properties?: faultline.v1.ActorLifecycle.$Properties): faultline.v1.ActorLifecycle;
             * }}
             */
            ActorLifecycle.create = function(properties) {
                return new ActorLifecycle(properties);
            };

            /**
             * Encodes the specified ActorLifecycle message. Does not implicitly {@link faultline.v1.ActorLifecycle.verify|verify} messages.
             * @function encode
             * @memberof faultline.v1.ActorLifecycle
             * @static
             * @param {faultline.v1.ActorLifecycle.$Properties} message ActorLifecycle message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            ActorLifecycle.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.actorId != null && $Object.hasOwnProperty.call(message, "actorId") && message.actorId !== "")
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.actorId);
                if (message.change != null && $Object.hasOwnProperty.call(message, "change") && message.change !== "")
                    writer.uint32(/* id 2, wireType 2 =*/18).string(message.change);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Encodes the specified ActorLifecycle message, length delimited. Does not implicitly {@link faultline.v1.ActorLifecycle.verify|verify} messages.
             * @function encodeDelimited
             * @memberof faultline.v1.ActorLifecycle
             * @static
             * @param {faultline.v1.ActorLifecycle.$Properties} message ActorLifecycle message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            ActorLifecycle.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            /**
             * Decodes an ActorLifecycle message from the specified reader or buffer.
             * @function decode
             * @memberof faultline.v1.ActorLifecycle
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {faultline.v1.ActorLifecycle & faultline.v1.ActorLifecycle.$Shape} ActorLifecycle
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            ActorLifecycle.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.faultline.v1.ActorLifecycle();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.actorId = value;
                            else
                                delete message.actorId;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.change = value;
                            else
                                delete message.change;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Decodes an ActorLifecycle message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof faultline.v1.ActorLifecycle
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {faultline.v1.ActorLifecycle & faultline.v1.ActorLifecycle.$Shape} ActorLifecycle
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            ActorLifecycle.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            return ActorLifecycle;
        })();

        v1.VenueSnapshot = (function() {

            /**
             * Properties of a VenueSnapshot.
             * @typedef {Object} faultline.v1.VenueSnapshot.$Properties
             * @property {number|null} [version] VenueSnapshot version
             * @property {number|null} [height] VenueSnapshot height
             * @property {number|null} [blockTimeUs] VenueSnapshot blockTimeUs
             * @property {number|null} [nextOrderId] VenueSnapshot nextOrderId
             * @property {number|null} [nextFillId] VenueSnapshot nextFillId
             * @property {number|null} [insuranceFund] VenueSnapshot insuranceFund
             * @property {number|null} [feesCollected] VenueSnapshot feesCollected
             * @property {number|null} [totalDeposits] VenueSnapshot totalDeposits
             * @property {number|null} [totalWithdrawals] VenueSnapshot totalWithdrawals
             * @property {Array.<faultline.v1.AccountState.$Properties>|null} [accounts] VenueSnapshot accounts
             * @property {Array.<faultline.v1.MarketRuntime.$Properties>|null} [markets] VenueSnapshot markets
             * @property {Array.<faultline.v1.OracleReportState.$Properties>|null} [oracleReports] VenueSnapshot oracleReports
             * @property {Array.<faultline.v1.NonceWindow.$Properties>|null} [nonces] VenueSnapshot nonces
             * @property {Uint8Array|null} [configHash] VenueSnapshot configHash
             * @property {number|null} [prevBlockTimeUs] VenueSnapshot prevBlockTimeUs
             * @property {number|null} [badDebtTotal] VenueSnapshot badDebtTotal
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a VenueSnapshot.
             * @memberof faultline.v1
             * @interface IVenueSnapshot
             * @augments faultline.v1.VenueSnapshot.$Properties
             * @deprecated Use faultline.v1.VenueSnapshot.$Properties instead.
             */

            /**
             * Shape of a VenueSnapshot.
             * @typedef {faultline.v1.VenueSnapshot.$Properties} faultline.v1.VenueSnapshot.$Shape
             */

            /**
             * Constructs a new VenueSnapshot.
             * @memberof faultline.v1
             * @classdesc Represents a VenueSnapshot.
             * @constructor
             * @param {faultline.v1.VenueSnapshot.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const VenueSnapshot = function (properties) {
                this.accounts = [];
                this.markets = [];
                this.oracleReports = [];
                this.nonces = [];
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * VenueSnapshot version.
             * @member {number} version
             * @memberof faultline.v1.VenueSnapshot
             * @instance
             */
            VenueSnapshot.prototype.version = 0;

            /**
             * VenueSnapshot height.
             * @member {number} height
             * @memberof faultline.v1.VenueSnapshot
             * @instance
             */
            VenueSnapshot.prototype.height = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * VenueSnapshot blockTimeUs.
             * @member {number} blockTimeUs
             * @memberof faultline.v1.VenueSnapshot
             * @instance
             */
            VenueSnapshot.prototype.blockTimeUs = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

            /**
             * VenueSnapshot nextOrderId.
             * @member {number} nextOrderId
             * @memberof faultline.v1.VenueSnapshot
             * @instance
             */
            VenueSnapshot.prototype.nextOrderId = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * VenueSnapshot nextFillId.
             * @member {number} nextFillId
             * @memberof faultline.v1.VenueSnapshot
             * @instance
             */
            VenueSnapshot.prototype.nextFillId = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * VenueSnapshot insuranceFund.
             * @member {number} insuranceFund
             * @memberof faultline.v1.VenueSnapshot
             * @instance
             */
            VenueSnapshot.prototype.insuranceFund = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

            /**
             * VenueSnapshot feesCollected.
             * @member {number} feesCollected
             * @memberof faultline.v1.VenueSnapshot
             * @instance
             */
            VenueSnapshot.prototype.feesCollected = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

            /**
             * VenueSnapshot totalDeposits.
             * @member {number} totalDeposits
             * @memberof faultline.v1.VenueSnapshot
             * @instance
             */
            VenueSnapshot.prototype.totalDeposits = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

            /**
             * VenueSnapshot totalWithdrawals.
             * @member {number} totalWithdrawals
             * @memberof faultline.v1.VenueSnapshot
             * @instance
             */
            VenueSnapshot.prototype.totalWithdrawals = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

            /**
             * VenueSnapshot accounts.
             * @member {Array.<faultline.v1.AccountState.$Properties>} accounts
             * @memberof faultline.v1.VenueSnapshot
             * @instance
             */
            VenueSnapshot.prototype.accounts = $util.emptyArray;

            /**
             * VenueSnapshot markets.
             * @member {Array.<faultline.v1.MarketRuntime.$Properties>} markets
             * @memberof faultline.v1.VenueSnapshot
             * @instance
             */
            VenueSnapshot.prototype.markets = $util.emptyArray;

            /**
             * VenueSnapshot oracleReports.
             * @member {Array.<faultline.v1.OracleReportState.$Properties>} oracleReports
             * @memberof faultline.v1.VenueSnapshot
             * @instance
             */
            VenueSnapshot.prototype.oracleReports = $util.emptyArray;

            /**
             * VenueSnapshot nonces.
             * @member {Array.<faultline.v1.NonceWindow.$Properties>} nonces
             * @memberof faultline.v1.VenueSnapshot
             * @instance
             */
            VenueSnapshot.prototype.nonces = $util.emptyArray;

            /**
             * VenueSnapshot configHash.
             * @member {Uint8Array} configHash
             * @memberof faultline.v1.VenueSnapshot
             * @instance
             */
            VenueSnapshot.prototype.configHash = $util.newBuffer([]);

            /**
             * VenueSnapshot prevBlockTimeUs.
             * @member {number} prevBlockTimeUs
             * @memberof faultline.v1.VenueSnapshot
             * @instance
             */
            VenueSnapshot.prototype.prevBlockTimeUs = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

            /**
             * VenueSnapshot badDebtTotal.
             * @member {number} badDebtTotal
             * @memberof faultline.v1.VenueSnapshot
             * @instance
             */
            VenueSnapshot.prototype.badDebtTotal = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

            /**
             * Creates a new VenueSnapshot instance using the specified properties.
             * @function create
             * @memberof faultline.v1.VenueSnapshot
             * @static
             * @param {faultline.v1.VenueSnapshot.$Properties=} [properties] Properties to set
             * @returns {faultline.v1.VenueSnapshot} VenueSnapshot instance
             * @type {{
             *   (properties: faultline.v1.VenueSnapshot.$Shape): faultline.v1.VenueSnapshot & faultline.v1.VenueSnapshot.$Shape;
             *   (properties?: faultline.v1.VenueSnapshot.$Properties): faultline.v1.VenueSnapshot;
             * }}
             */
            VenueSnapshot.create = function(properties) {
                return new VenueSnapshot(properties);
            };

            /**
             * Encodes the specified VenueSnapshot message. Does not implicitly {@link faultline.v1.VenueSnapshot.verify|verify} messages.
             * @function encode
             * @memberof faultline.v1.VenueSnapshot
             * @static
             * @param {faultline.v1.VenueSnapshot.$Properties} message VenueSnapshot message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            VenueSnapshot.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.version != null && $Object.hasOwnProperty.call(message, "version") && message.version !== 0)
                    writer.uint32(/* id 1, wireType 0 =*/8).uint32(message.version);
                if (message.height != null && $Object.hasOwnProperty.call(message, "height") && (typeof message.height === "object" ? message.height.low || message.height.high : message.height !== 0))
                    writer.uint32(/* id 2, wireType 0 =*/16).uint64(message.height);
                if (message.blockTimeUs != null && $Object.hasOwnProperty.call(message, "blockTimeUs") && (typeof message.blockTimeUs === "object" ? message.blockTimeUs.low || message.blockTimeUs.high : message.blockTimeUs !== 0))
                    writer.uint32(/* id 3, wireType 0 =*/24).int64(message.blockTimeUs);
                if (message.nextOrderId != null && $Object.hasOwnProperty.call(message, "nextOrderId") && (typeof message.nextOrderId === "object" ? message.nextOrderId.low || message.nextOrderId.high : message.nextOrderId !== 0))
                    writer.uint32(/* id 4, wireType 0 =*/32).uint64(message.nextOrderId);
                if (message.nextFillId != null && $Object.hasOwnProperty.call(message, "nextFillId") && (typeof message.nextFillId === "object" ? message.nextFillId.low || message.nextFillId.high : message.nextFillId !== 0))
                    writer.uint32(/* id 5, wireType 0 =*/40).uint64(message.nextFillId);
                if (message.insuranceFund != null && $Object.hasOwnProperty.call(message, "insuranceFund") && (typeof message.insuranceFund === "object" ? message.insuranceFund.low || message.insuranceFund.high : message.insuranceFund !== 0))
                    writer.uint32(/* id 6, wireType 0 =*/48).int64(message.insuranceFund);
                if (message.feesCollected != null && $Object.hasOwnProperty.call(message, "feesCollected") && (typeof message.feesCollected === "object" ? message.feesCollected.low || message.feesCollected.high : message.feesCollected !== 0))
                    writer.uint32(/* id 7, wireType 0 =*/56).int64(message.feesCollected);
                if (message.totalDeposits != null && $Object.hasOwnProperty.call(message, "totalDeposits") && (typeof message.totalDeposits === "object" ? message.totalDeposits.low || message.totalDeposits.high : message.totalDeposits !== 0))
                    writer.uint32(/* id 8, wireType 0 =*/64).int64(message.totalDeposits);
                if (message.totalWithdrawals != null && $Object.hasOwnProperty.call(message, "totalWithdrawals") && (typeof message.totalWithdrawals === "object" ? message.totalWithdrawals.low || message.totalWithdrawals.high : message.totalWithdrawals !== 0))
                    writer.uint32(/* id 9, wireType 0 =*/72).int64(message.totalWithdrawals);
                if (message.accounts != null && message.accounts.length)
                    for (let i = 0; i < message.accounts.length; ++i)
                        $root.faultline.v1.AccountState.encode(message.accounts[i], writer.uint32(/* id 10, wireType 2 =*/82).fork(), _depth + 1).ldelim();
                if (message.markets != null && message.markets.length)
                    for (let i = 0; i < message.markets.length; ++i)
                        $root.faultline.v1.MarketRuntime.encode(message.markets[i], writer.uint32(/* id 11, wireType 2 =*/90).fork(), _depth + 1).ldelim();
                if (message.oracleReports != null && message.oracleReports.length)
                    for (let i = 0; i < message.oracleReports.length; ++i)
                        $root.faultline.v1.OracleReportState.encode(message.oracleReports[i], writer.uint32(/* id 12, wireType 2 =*/98).fork(), _depth + 1).ldelim();
                if (message.nonces != null && message.nonces.length)
                    for (let i = 0; i < message.nonces.length; ++i)
                        $root.faultline.v1.NonceWindow.encode(message.nonces[i], writer.uint32(/* id 13, wireType 2 =*/106).fork(), _depth + 1).ldelim();
                if (message.configHash != null && $Object.hasOwnProperty.call(message, "configHash") && message.configHash.length)
                    writer.uint32(/* id 14, wireType 2 =*/114).bytes(message.configHash);
                if (message.prevBlockTimeUs != null && $Object.hasOwnProperty.call(message, "prevBlockTimeUs") && (typeof message.prevBlockTimeUs === "object" ? message.prevBlockTimeUs.low || message.prevBlockTimeUs.high : message.prevBlockTimeUs !== 0))
                    writer.uint32(/* id 15, wireType 0 =*/120).int64(message.prevBlockTimeUs);
                if (message.badDebtTotal != null && $Object.hasOwnProperty.call(message, "badDebtTotal") && (typeof message.badDebtTotal === "object" ? message.badDebtTotal.low || message.badDebtTotal.high : message.badDebtTotal !== 0))
                    writer.uint32(/* id 16, wireType 0 =*/128).int64(message.badDebtTotal);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Encodes the specified VenueSnapshot message, length delimited. Does not implicitly {@link faultline.v1.VenueSnapshot.verify|verify} messages.
             * @function encodeDelimited
             * @memberof faultline.v1.VenueSnapshot
             * @static
             * @param {faultline.v1.VenueSnapshot.$Properties} message VenueSnapshot message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            VenueSnapshot.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            /**
             * Decodes a VenueSnapshot message from the specified reader or buffer.
             * @function decode
             * @memberof faultline.v1.VenueSnapshot
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {faultline.v1.VenueSnapshot & faultline.v1.VenueSnapshot.$Shape} VenueSnapshot
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            VenueSnapshot.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.faultline.v1.VenueSnapshot();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.version = value;
                            else
                                delete message.version;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = $readuint64(reader)) === "object" ? value.low || value.high : value !== 0)
                                message.height = value;
                            else
                                delete message.height;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = $readint64(reader)) === "object" ? value.low || value.high : value !== 0)
                                message.blockTimeUs = value;
                            else
                                delete message.blockTimeUs;
                            continue;
                        }
                    case 4: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = $readuint64(reader)) === "object" ? value.low || value.high : value !== 0)
                                message.nextOrderId = value;
                            else
                                delete message.nextOrderId;
                            continue;
                        }
                    case 5: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = $readuint64(reader)) === "object" ? value.low || value.high : value !== 0)
                                message.nextFillId = value;
                            else
                                delete message.nextFillId;
                            continue;
                        }
                    case 6: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = $readint64(reader)) === "object" ? value.low || value.high : value !== 0)
                                message.insuranceFund = value;
                            else
                                delete message.insuranceFund;
                            continue;
                        }
                    case 7: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = $readint64(reader)) === "object" ? value.low || value.high : value !== 0)
                                message.feesCollected = value;
                            else
                                delete message.feesCollected;
                            continue;
                        }
                    case 8: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = $readint64(reader)) === "object" ? value.low || value.high : value !== 0)
                                message.totalDeposits = value;
                            else
                                delete message.totalDeposits;
                            continue;
                        }
                    case 9: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = $readint64(reader)) === "object" ? value.low || value.high : value !== 0)
                                message.totalWithdrawals = value;
                            else
                                delete message.totalWithdrawals;
                            continue;
                        }
                    case 10: {
                            if (wireType !== 2)
                                break;
                            if (!(message.accounts && message.accounts.length))
                                message.accounts = [];
                            message.accounts.push($root.faultline.v1.AccountState.decode(reader, reader.size(), $undefined, _depth + 1));
                            continue;
                        }
                    case 11: {
                            if (wireType !== 2)
                                break;
                            if (!(message.markets && message.markets.length))
                                message.markets = [];
                            message.markets.push($root.faultline.v1.MarketRuntime.decode(reader, reader.size(), $undefined, _depth + 1));
                            continue;
                        }
                    case 12: {
                            if (wireType !== 2)
                                break;
                            if (!(message.oracleReports && message.oracleReports.length))
                                message.oracleReports = [];
                            message.oracleReports.push($root.faultline.v1.OracleReportState.decode(reader, reader.size(), $undefined, _depth + 1));
                            continue;
                        }
                    case 13: {
                            if (wireType !== 2)
                                break;
                            if (!(message.nonces && message.nonces.length))
                                message.nonces = [];
                            message.nonces.push($root.faultline.v1.NonceWindow.decode(reader, reader.size(), $undefined, _depth + 1));
                            continue;
                        }
                    case 14: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.bytes()).length)
                                message.configHash = value;
                            else
                                delete message.configHash;
                            continue;
                        }
                    case 15: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = $readint64(reader)) === "object" ? value.low || value.high : value !== 0)
                                message.prevBlockTimeUs = value;
                            else
                                delete message.prevBlockTimeUs;
                            continue;
                        }
                    case 16: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = $readint64(reader)) === "object" ? value.low || value.high : value !== 0)
                                message.badDebtTotal = value;
                            else
                                delete message.badDebtTotal;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Decodes a VenueSnapshot message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof faultline.v1.VenueSnapshot
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {faultline.v1.VenueSnapshot & faultline.v1.VenueSnapshot.$Shape} VenueSnapshot
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            VenueSnapshot.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            return VenueSnapshot;
        })();

        v1.AccountState = (function() {

            /**
             * Properties of an AccountState.
             * @typedef {Object} faultline.v1.AccountState.$Properties
             * @property {string|null} [accountId] AccountState accountId
             * @property {number|null} [collateral] AccountState collateral
             * @property {Array.<faultline.v1.PositionState.$Properties>|null} [positions] AccountState positions
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of an AccountState.
             * @memberof faultline.v1
             * @interface IAccountState
             * @augments faultline.v1.AccountState.$Properties
             * @deprecated Use faultline.v1.AccountState.$Properties instead.
             */

            /**
             * Shape of an AccountState.
             * @typedef {faultline.v1.AccountState.$Properties} faultline.v1.AccountState.$Shape
             */

            /**
             * Constructs a new AccountState.
             * @memberof faultline.v1
             * @classdesc Represents an AccountState.
             * @constructor
             * @param {faultline.v1.AccountState.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const AccountState = function (properties) {
                this.positions = [];
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * AccountState accountId.
             * @member {string} accountId
             * @memberof faultline.v1.AccountState
             * @instance
             */
            AccountState.prototype.accountId = "";

            /**
             * AccountState collateral.
             * @member {number} collateral
             * @memberof faultline.v1.AccountState
             * @instance
             */
            AccountState.prototype.collateral = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

            /**
             * AccountState positions.
             * @member {Array.<faultline.v1.PositionState.$Properties>} positions
             * @memberof faultline.v1.AccountState
             * @instance
             */
            AccountState.prototype.positions = $util.emptyArray;

            /**
             * Creates a new AccountState instance using the specified properties.
             * @function create
             * @memberof faultline.v1.AccountState
             * @static
             * @param {faultline.v1.AccountState.$Properties=} [properties] Properties to set
             * @returns {faultline.v1.AccountState} AccountState instance
             * @type {{
             *   (properties: faultline.v1.AccountState.$Shape): faultline.v1.AccountState & faultline.v1.AccountState.$Shape;
             *   (properties?: faultline.v1.AccountState.$Properties): faultline.v1.AccountState;
             * }}
             */
            AccountState.create = function(properties) {
                return new AccountState(properties);
            };

            /**
             * Encodes the specified AccountState message. Does not implicitly {@link faultline.v1.AccountState.verify|verify} messages.
             * @function encode
             * @memberof faultline.v1.AccountState
             * @static
             * @param {faultline.v1.AccountState.$Properties} message AccountState message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            AccountState.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.accountId != null && $Object.hasOwnProperty.call(message, "accountId") && message.accountId !== "")
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.accountId);
                if (message.collateral != null && $Object.hasOwnProperty.call(message, "collateral") && (typeof message.collateral === "object" ? message.collateral.low || message.collateral.high : message.collateral !== 0))
                    writer.uint32(/* id 2, wireType 0 =*/16).int64(message.collateral);
                if (message.positions != null && message.positions.length)
                    for (let i = 0; i < message.positions.length; ++i)
                        $root.faultline.v1.PositionState.encode(message.positions[i], writer.uint32(/* id 3, wireType 2 =*/26).fork(), _depth + 1).ldelim();
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Encodes the specified AccountState message, length delimited. Does not implicitly {@link faultline.v1.AccountState.verify|verify} messages.
             * @function encodeDelimited
             * @memberof faultline.v1.AccountState
             * @static
             * @param {faultline.v1.AccountState.$Properties} message AccountState message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            AccountState.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            /**
             * Decodes an AccountState message from the specified reader or buffer.
             * @function decode
             * @memberof faultline.v1.AccountState
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {faultline.v1.AccountState & faultline.v1.AccountState.$Shape} AccountState
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            AccountState.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.faultline.v1.AccountState();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.accountId = value;
                            else
                                delete message.accountId;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = $readint64(reader)) === "object" ? value.low || value.high : value !== 0)
                                message.collateral = value;
                            else
                                delete message.collateral;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 2)
                                break;
                            if (!(message.positions && message.positions.length))
                                message.positions = [];
                            message.positions.push($root.faultline.v1.PositionState.decode(reader, reader.size(), $undefined, _depth + 1));
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Decodes an AccountState message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof faultline.v1.AccountState
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {faultline.v1.AccountState & faultline.v1.AccountState.$Shape} AccountState
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            AccountState.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            return AccountState;
        })();

        v1.PositionState = (function() {

            /**
             * Properties of a PositionState.
             * @typedef {Object} faultline.v1.PositionState.$Properties
             * @property {number|null} [marketId] PositionState marketId
             * @property {number|null} [sizeLots] PositionState sizeLots
             * @property {number|null} [costQuote] PositionState costQuote
             * @property {number|null} [realizedPnl] PositionState realizedPnl
             * @property {number|null} [fundingPaid] PositionState fundingPaid
             * @property {number|null} [feesPaid] PositionState feesPaid
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a PositionState.
             * @memberof faultline.v1
             * @interface IPositionState
             * @augments faultline.v1.PositionState.$Properties
             * @deprecated Use faultline.v1.PositionState.$Properties instead.
             */

            /**
             * Shape of a PositionState.
             * @typedef {faultline.v1.PositionState.$Properties} faultline.v1.PositionState.$Shape
             */

            /**
             * Constructs a new PositionState.
             * @memberof faultline.v1
             * @classdesc Represents a PositionState.
             * @constructor
             * @param {faultline.v1.PositionState.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const PositionState = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * PositionState marketId.
             * @member {number} marketId
             * @memberof faultline.v1.PositionState
             * @instance
             */
            PositionState.prototype.marketId = 0;

            /**
             * PositionState sizeLots.
             * @member {number} sizeLots
             * @memberof faultline.v1.PositionState
             * @instance
             */
            PositionState.prototype.sizeLots = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

            /**
             * PositionState costQuote.
             * @member {number} costQuote
             * @memberof faultline.v1.PositionState
             * @instance
             */
            PositionState.prototype.costQuote = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

            /**
             * PositionState realizedPnl.
             * @member {number} realizedPnl
             * @memberof faultline.v1.PositionState
             * @instance
             */
            PositionState.prototype.realizedPnl = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

            /**
             * PositionState fundingPaid.
             * @member {number} fundingPaid
             * @memberof faultline.v1.PositionState
             * @instance
             */
            PositionState.prototype.fundingPaid = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

            /**
             * PositionState feesPaid.
             * @member {number} feesPaid
             * @memberof faultline.v1.PositionState
             * @instance
             */
            PositionState.prototype.feesPaid = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

            /**
             * Creates a new PositionState instance using the specified properties.
             * @function create
             * @memberof faultline.v1.PositionState
             * @static
             * @param {faultline.v1.PositionState.$Properties=} [properties] Properties to set
             * @returns {faultline.v1.PositionState} PositionState instance
             * @type {{
             *   (properties: faultline.v1.PositionState.$Shape): faultline.v1.PositionState & faultline.v1.PositionState.$Shape;
             *   (properties?: faultline.v1.PositionState.$Properties): faultline.v1.PositionState;
             * }}
             */
            PositionState.create = function(properties) {
                return new PositionState(properties);
            };

            /**
             * Encodes the specified PositionState message. Does not implicitly {@link faultline.v1.PositionState.verify|verify} messages.
             * @function encode
             * @memberof faultline.v1.PositionState
             * @static
             * @param {faultline.v1.PositionState.$Properties} message PositionState message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            PositionState.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.marketId != null && $Object.hasOwnProperty.call(message, "marketId") && message.marketId !== 0)
                    writer.uint32(/* id 1, wireType 0 =*/8).uint32(message.marketId);
                if (message.sizeLots != null && $Object.hasOwnProperty.call(message, "sizeLots") && (typeof message.sizeLots === "object" ? message.sizeLots.low || message.sizeLots.high : message.sizeLots !== 0))
                    writer.uint32(/* id 2, wireType 0 =*/16).int64(message.sizeLots);
                if (message.costQuote != null && $Object.hasOwnProperty.call(message, "costQuote") && (typeof message.costQuote === "object" ? message.costQuote.low || message.costQuote.high : message.costQuote !== 0))
                    writer.uint32(/* id 3, wireType 0 =*/24).int64(message.costQuote);
                if (message.realizedPnl != null && $Object.hasOwnProperty.call(message, "realizedPnl") && (typeof message.realizedPnl === "object" ? message.realizedPnl.low || message.realizedPnl.high : message.realizedPnl !== 0))
                    writer.uint32(/* id 4, wireType 0 =*/32).int64(message.realizedPnl);
                if (message.fundingPaid != null && $Object.hasOwnProperty.call(message, "fundingPaid") && (typeof message.fundingPaid === "object" ? message.fundingPaid.low || message.fundingPaid.high : message.fundingPaid !== 0))
                    writer.uint32(/* id 5, wireType 0 =*/40).int64(message.fundingPaid);
                if (message.feesPaid != null && $Object.hasOwnProperty.call(message, "feesPaid") && (typeof message.feesPaid === "object" ? message.feesPaid.low || message.feesPaid.high : message.feesPaid !== 0))
                    writer.uint32(/* id 6, wireType 0 =*/48).int64(message.feesPaid);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Encodes the specified PositionState message, length delimited. Does not implicitly {@link faultline.v1.PositionState.verify|verify} messages.
             * @function encodeDelimited
             * @memberof faultline.v1.PositionState
             * @static
             * @param {faultline.v1.PositionState.$Properties} message PositionState message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            PositionState.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            /**
             * Decodes a PositionState message from the specified reader or buffer.
             * @function decode
             * @memberof faultline.v1.PositionState
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {faultline.v1.PositionState & faultline.v1.PositionState.$Shape} PositionState
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            PositionState.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.faultline.v1.PositionState();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.marketId = value;
                            else
                                delete message.marketId;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = $readint64(reader)) === "object" ? value.low || value.high : value !== 0)
                                message.sizeLots = value;
                            else
                                delete message.sizeLots;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = $readint64(reader)) === "object" ? value.low || value.high : value !== 0)
                                message.costQuote = value;
                            else
                                delete message.costQuote;
                            continue;
                        }
                    case 4: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = $readint64(reader)) === "object" ? value.low || value.high : value !== 0)
                                message.realizedPnl = value;
                            else
                                delete message.realizedPnl;
                            continue;
                        }
                    case 5: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = $readint64(reader)) === "object" ? value.low || value.high : value !== 0)
                                message.fundingPaid = value;
                            else
                                delete message.fundingPaid;
                            continue;
                        }
                    case 6: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = $readint64(reader)) === "object" ? value.low || value.high : value !== 0)
                                message.feesPaid = value;
                            else
                                delete message.feesPaid;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Decodes a PositionState message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof faultline.v1.PositionState
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {faultline.v1.PositionState & faultline.v1.PositionState.$Shape} PositionState
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            PositionState.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            return PositionState;
        })();

        v1.RestingOrderState = (function() {

            /**
             * Properties of a RestingOrderState.
             * @typedef {Object} faultline.v1.RestingOrderState.$Properties
             * @property {number|null} [orderId] RestingOrderState orderId
             * @property {number|null} [accountIndex] RestingOrderState accountIndex
             * @property {faultline.v1.Side|null} [side] RestingOrderState side
             * @property {number|null} [priceTicks] RestingOrderState priceTicks
             * @property {number|null} [sizeLots] RestingOrderState sizeLots
             * @property {number|null} [clientOrderId] RestingOrderState clientOrderId
             * @property {boolean|null} [reduceOnly] RestingOrderState reduceOnly
             * @property {faultline.v1.TimeInForce|null} [timeInForce] RestingOrderState timeInForce
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a RestingOrderState.
             * @memberof faultline.v1
             * @interface IRestingOrderState
             * @augments faultline.v1.RestingOrderState.$Properties
             * @deprecated Use faultline.v1.RestingOrderState.$Properties instead.
             */

            /**
             * Shape of a RestingOrderState.
             * @typedef {faultline.v1.RestingOrderState.$Properties} faultline.v1.RestingOrderState.$Shape
             */

            /**
             * Constructs a new RestingOrderState.
             * @memberof faultline.v1
             * @classdesc Represents a RestingOrderState.
             * @constructor
             * @param {faultline.v1.RestingOrderState.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const RestingOrderState = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * RestingOrderState orderId.
             * @member {number} orderId
             * @memberof faultline.v1.RestingOrderState
             * @instance
             */
            RestingOrderState.prototype.orderId = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * RestingOrderState accountIndex.
             * @member {number} accountIndex
             * @memberof faultline.v1.RestingOrderState
             * @instance
             */
            RestingOrderState.prototype.accountIndex = 0;

            /**
             * RestingOrderState side.
             * @member {faultline.v1.Side} side
             * @memberof faultline.v1.RestingOrderState
             * @instance
             */
            RestingOrderState.prototype.side = 0;

            /**
             * RestingOrderState priceTicks.
             * @member {number} priceTicks
             * @memberof faultline.v1.RestingOrderState
             * @instance
             */
            RestingOrderState.prototype.priceTicks = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

            /**
             * RestingOrderState sizeLots.
             * @member {number} sizeLots
             * @memberof faultline.v1.RestingOrderState
             * @instance
             */
            RestingOrderState.prototype.sizeLots = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

            /**
             * RestingOrderState clientOrderId.
             * @member {number} clientOrderId
             * @memberof faultline.v1.RestingOrderState
             * @instance
             */
            RestingOrderState.prototype.clientOrderId = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * RestingOrderState reduceOnly.
             * @member {boolean} reduceOnly
             * @memberof faultline.v1.RestingOrderState
             * @instance
             */
            RestingOrderState.prototype.reduceOnly = false;

            /**
             * RestingOrderState timeInForce.
             * @member {faultline.v1.TimeInForce} timeInForce
             * @memberof faultline.v1.RestingOrderState
             * @instance
             */
            RestingOrderState.prototype.timeInForce = 0;

            /**
             * Creates a new RestingOrderState instance using the specified properties.
             * @function create
             * @memberof faultline.v1.RestingOrderState
             * @static
             * @param {faultline.v1.RestingOrderState.$Properties=} [properties] Properties to set
             * @returns {faultline.v1.RestingOrderState} RestingOrderState instance
             * @type {{
             *   (properties: faultline.v1.RestingOrderState.$Shape): faultline.v1.RestingOrderState & faultline.v1.RestingOrderState.$Shape;
             *   (properties?: faultline.v1.RestingOrderState.$Properties): faultline.v1.RestingOrderState;
             * }}
             */
            RestingOrderState.create = function(properties) {
                return new RestingOrderState(properties);
            };

            /**
             * Encodes the specified RestingOrderState message. Does not implicitly {@link faultline.v1.RestingOrderState.verify|verify} messages.
             * @function encode
             * @memberof faultline.v1.RestingOrderState
             * @static
             * @param {faultline.v1.RestingOrderState.$Properties} message RestingOrderState message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            RestingOrderState.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.orderId != null && $Object.hasOwnProperty.call(message, "orderId") && (typeof message.orderId === "object" ? message.orderId.low || message.orderId.high : message.orderId !== 0))
                    writer.uint32(/* id 1, wireType 0 =*/8).uint64(message.orderId);
                if (message.accountIndex != null && $Object.hasOwnProperty.call(message, "accountIndex") && message.accountIndex !== 0)
                    writer.uint32(/* id 2, wireType 0 =*/16).uint32(message.accountIndex);
                if (message.side != null && $Object.hasOwnProperty.call(message, "side") && message.side !== 0)
                    writer.uint32(/* id 3, wireType 0 =*/24).int32(message.side);
                if (message.priceTicks != null && $Object.hasOwnProperty.call(message, "priceTicks") && (typeof message.priceTicks === "object" ? message.priceTicks.low || message.priceTicks.high : message.priceTicks !== 0))
                    writer.uint32(/* id 4, wireType 0 =*/32).int64(message.priceTicks);
                if (message.sizeLots != null && $Object.hasOwnProperty.call(message, "sizeLots") && (typeof message.sizeLots === "object" ? message.sizeLots.low || message.sizeLots.high : message.sizeLots !== 0))
                    writer.uint32(/* id 5, wireType 0 =*/40).int64(message.sizeLots);
                if (message.clientOrderId != null && $Object.hasOwnProperty.call(message, "clientOrderId") && (typeof message.clientOrderId === "object" ? message.clientOrderId.low || message.clientOrderId.high : message.clientOrderId !== 0))
                    writer.uint32(/* id 6, wireType 0 =*/48).uint64(message.clientOrderId);
                if (message.reduceOnly != null && $Object.hasOwnProperty.call(message, "reduceOnly") && message.reduceOnly !== false)
                    writer.uint32(/* id 7, wireType 0 =*/56).bool(message.reduceOnly);
                if (message.timeInForce != null && $Object.hasOwnProperty.call(message, "timeInForce") && message.timeInForce !== 0)
                    writer.uint32(/* id 8, wireType 0 =*/64).int32(message.timeInForce);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Encodes the specified RestingOrderState message, length delimited. Does not implicitly {@link faultline.v1.RestingOrderState.verify|verify} messages.
             * @function encodeDelimited
             * @memberof faultline.v1.RestingOrderState
             * @static
             * @param {faultline.v1.RestingOrderState.$Properties} message RestingOrderState message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            RestingOrderState.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            /**
             * Decodes a RestingOrderState message from the specified reader or buffer.
             * @function decode
             * @memberof faultline.v1.RestingOrderState
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {faultline.v1.RestingOrderState & faultline.v1.RestingOrderState.$Shape} RestingOrderState
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            RestingOrderState.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.faultline.v1.RestingOrderState();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = $readuint64(reader)) === "object" ? value.low || value.high : value !== 0)
                                message.orderId = value;
                            else
                                delete message.orderId;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.accountIndex = value;
                            else
                                delete message.accountIndex;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.int32())
                                message.side = value;
                            else
                                delete message.side;
                            continue;
                        }
                    case 4: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = $readint64(reader)) === "object" ? value.low || value.high : value !== 0)
                                message.priceTicks = value;
                            else
                                delete message.priceTicks;
                            continue;
                        }
                    case 5: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = $readint64(reader)) === "object" ? value.low || value.high : value !== 0)
                                message.sizeLots = value;
                            else
                                delete message.sizeLots;
                            continue;
                        }
                    case 6: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = $readuint64(reader)) === "object" ? value.low || value.high : value !== 0)
                                message.clientOrderId = value;
                            else
                                delete message.clientOrderId;
                            continue;
                        }
                    case 7: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.bool())
                                message.reduceOnly = value;
                            else
                                delete message.reduceOnly;
                            continue;
                        }
                    case 8: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.int32())
                                message.timeInForce = value;
                            else
                                delete message.timeInForce;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Decodes a RestingOrderState message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof faultline.v1.RestingOrderState
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {faultline.v1.RestingOrderState & faultline.v1.RestingOrderState.$Shape} RestingOrderState
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            RestingOrderState.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            return RestingOrderState;
        })();

        v1.QuoteSlot = (function() {

            /**
             * Properties of a QuoteSlot.
             * @typedef {Object} faultline.v1.QuoteSlot.$Properties
             * @property {number|null} [accountIndex] QuoteSlot accountIndex
             * @property {number|null} [bidOrderId] QuoteSlot bidOrderId
             * @property {number|null} [askOrderId] QuoteSlot askOrderId
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a QuoteSlot.
             * @memberof faultline.v1
             * @interface IQuoteSlot
             * @augments faultline.v1.QuoteSlot.$Properties
             * @deprecated Use faultline.v1.QuoteSlot.$Properties instead.
             */

            /**
             * Shape of a QuoteSlot.
             * @typedef {faultline.v1.QuoteSlot.$Properties} faultline.v1.QuoteSlot.$Shape
             */

            /**
             * Constructs a new QuoteSlot.
             * @memberof faultline.v1
             * @classdesc Represents a QuoteSlot.
             * @constructor
             * @param {faultline.v1.QuoteSlot.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const QuoteSlot = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * QuoteSlot accountIndex.
             * @member {number} accountIndex
             * @memberof faultline.v1.QuoteSlot
             * @instance
             */
            QuoteSlot.prototype.accountIndex = 0;

            /**
             * QuoteSlot bidOrderId.
             * @member {number} bidOrderId
             * @memberof faultline.v1.QuoteSlot
             * @instance
             */
            QuoteSlot.prototype.bidOrderId = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * QuoteSlot askOrderId.
             * @member {number} askOrderId
             * @memberof faultline.v1.QuoteSlot
             * @instance
             */
            QuoteSlot.prototype.askOrderId = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * Creates a new QuoteSlot instance using the specified properties.
             * @function create
             * @memberof faultline.v1.QuoteSlot
             * @static
             * @param {faultline.v1.QuoteSlot.$Properties=} [properties] Properties to set
             * @returns {faultline.v1.QuoteSlot} QuoteSlot instance
             * @type {{
             *   (properties: faultline.v1.QuoteSlot.$Shape): faultline.v1.QuoteSlot & faultline.v1.QuoteSlot.$Shape;
             *   (properties?: faultline.v1.QuoteSlot.$Properties): faultline.v1.QuoteSlot;
             * }}
             */
            QuoteSlot.create = function(properties) {
                return new QuoteSlot(properties);
            };

            /**
             * Encodes the specified QuoteSlot message. Does not implicitly {@link faultline.v1.QuoteSlot.verify|verify} messages.
             * @function encode
             * @memberof faultline.v1.QuoteSlot
             * @static
             * @param {faultline.v1.QuoteSlot.$Properties} message QuoteSlot message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            QuoteSlot.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.accountIndex != null && $Object.hasOwnProperty.call(message, "accountIndex") && message.accountIndex !== 0)
                    writer.uint32(/* id 1, wireType 0 =*/8).uint32(message.accountIndex);
                if (message.bidOrderId != null && $Object.hasOwnProperty.call(message, "bidOrderId") && (typeof message.bidOrderId === "object" ? message.bidOrderId.low || message.bidOrderId.high : message.bidOrderId !== 0))
                    writer.uint32(/* id 2, wireType 0 =*/16).uint64(message.bidOrderId);
                if (message.askOrderId != null && $Object.hasOwnProperty.call(message, "askOrderId") && (typeof message.askOrderId === "object" ? message.askOrderId.low || message.askOrderId.high : message.askOrderId !== 0))
                    writer.uint32(/* id 3, wireType 0 =*/24).uint64(message.askOrderId);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Encodes the specified QuoteSlot message, length delimited. Does not implicitly {@link faultline.v1.QuoteSlot.verify|verify} messages.
             * @function encodeDelimited
             * @memberof faultline.v1.QuoteSlot
             * @static
             * @param {faultline.v1.QuoteSlot.$Properties} message QuoteSlot message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            QuoteSlot.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            /**
             * Decodes a QuoteSlot message from the specified reader or buffer.
             * @function decode
             * @memberof faultline.v1.QuoteSlot
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {faultline.v1.QuoteSlot & faultline.v1.QuoteSlot.$Shape} QuoteSlot
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            QuoteSlot.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.faultline.v1.QuoteSlot();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.accountIndex = value;
                            else
                                delete message.accountIndex;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = $readuint64(reader)) === "object" ? value.low || value.high : value !== 0)
                                message.bidOrderId = value;
                            else
                                delete message.bidOrderId;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = $readuint64(reader)) === "object" ? value.low || value.high : value !== 0)
                                message.askOrderId = value;
                            else
                                delete message.askOrderId;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Decodes a QuoteSlot message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof faultline.v1.QuoteSlot
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {faultline.v1.QuoteSlot & faultline.v1.QuoteSlot.$Shape} QuoteSlot
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            QuoteSlot.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            return QuoteSlot;
        })();

        v1.MarketRuntime = (function() {

            /**
             * Properties of a MarketRuntime.
             * @typedef {Object} faultline.v1.MarketRuntime.$Properties
             * @property {number|null} [marketId] MarketRuntime marketId
             * @property {faultline.v1.MarketState|null} [state] MarketRuntime state
             * @property {string|null} [reason] MarketRuntime reason
             * @property {number|null} [stateUntilUs] MarketRuntime stateUntilUs
             * @property {number|null} [graceUntilUs] MarketRuntime graceUntilUs
             * @property {number|null} [oracleTicks] MarketRuntime oracleTicks
             * @property {boolean|null} [oracleStale] MarketRuntime oracleStale
             * @property {number|null} [markTicks] MarketRuntime markTicks
             * @property {number|null} [basisEmaTicksE6] MarketRuntime basisEmaTicksE6
             * @property {number|null} [lastTradeTicks] MarketRuntime lastTradeTicks
             * @property {number|null} [lastFundingUs] MarketRuntime lastFundingUs
             * @property {number|null} [bandReferenceTicks] MarketRuntime bandReferenceTicks
             * @property {Array.<faultline.v1.RestingOrderState.$Properties>|null} [book] MarketRuntime book
             * @property {Array.<faultline.v1.RestingOrderState.$Properties>|null} [auctionQueue] MarketRuntime auctionQueue
             * @property {Array.<faultline.v1.QuoteSlot.$Properties>|null} [quotes] MarketRuntime quotes
             * @property {number|null} [haltedSinceUs] MarketRuntime haltedSinceUs
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a MarketRuntime.
             * @memberof faultline.v1
             * @interface IMarketRuntime
             * @augments faultline.v1.MarketRuntime.$Properties
             * @deprecated Use faultline.v1.MarketRuntime.$Properties instead.
             */

            /**
             * Shape of a MarketRuntime.
             * @typedef {faultline.v1.MarketRuntime.$Properties} faultline.v1.MarketRuntime.$Shape
             */

            /**
             * Constructs a new MarketRuntime.
             * @memberof faultline.v1
             * @classdesc Represents a MarketRuntime.
             * @constructor
             * @param {faultline.v1.MarketRuntime.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const MarketRuntime = function (properties) {
                this.book = [];
                this.auctionQueue = [];
                this.quotes = [];
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * MarketRuntime marketId.
             * @member {number} marketId
             * @memberof faultline.v1.MarketRuntime
             * @instance
             */
            MarketRuntime.prototype.marketId = 0;

            /**
             * MarketRuntime state.
             * @member {faultline.v1.MarketState} state
             * @memberof faultline.v1.MarketRuntime
             * @instance
             */
            MarketRuntime.prototype.state = 0;

            /**
             * MarketRuntime reason.
             * @member {string} reason
             * @memberof faultline.v1.MarketRuntime
             * @instance
             */
            MarketRuntime.prototype.reason = "";

            /**
             * MarketRuntime stateUntilUs.
             * @member {number} stateUntilUs
             * @memberof faultline.v1.MarketRuntime
             * @instance
             */
            MarketRuntime.prototype.stateUntilUs = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

            /**
             * MarketRuntime graceUntilUs.
             * @member {number} graceUntilUs
             * @memberof faultline.v1.MarketRuntime
             * @instance
             */
            MarketRuntime.prototype.graceUntilUs = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

            /**
             * MarketRuntime oracleTicks.
             * @member {number} oracleTicks
             * @memberof faultline.v1.MarketRuntime
             * @instance
             */
            MarketRuntime.prototype.oracleTicks = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

            /**
             * MarketRuntime oracleStale.
             * @member {boolean} oracleStale
             * @memberof faultline.v1.MarketRuntime
             * @instance
             */
            MarketRuntime.prototype.oracleStale = false;

            /**
             * MarketRuntime markTicks.
             * @member {number} markTicks
             * @memberof faultline.v1.MarketRuntime
             * @instance
             */
            MarketRuntime.prototype.markTicks = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

            /**
             * MarketRuntime basisEmaTicksE6.
             * @member {number} basisEmaTicksE6
             * @memberof faultline.v1.MarketRuntime
             * @instance
             */
            MarketRuntime.prototype.basisEmaTicksE6 = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

            /**
             * MarketRuntime lastTradeTicks.
             * @member {number} lastTradeTicks
             * @memberof faultline.v1.MarketRuntime
             * @instance
             */
            MarketRuntime.prototype.lastTradeTicks = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

            /**
             * MarketRuntime lastFundingUs.
             * @member {number} lastFundingUs
             * @memberof faultline.v1.MarketRuntime
             * @instance
             */
            MarketRuntime.prototype.lastFundingUs = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

            /**
             * MarketRuntime bandReferenceTicks.
             * @member {number} bandReferenceTicks
             * @memberof faultline.v1.MarketRuntime
             * @instance
             */
            MarketRuntime.prototype.bandReferenceTicks = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

            /**
             * MarketRuntime book.
             * @member {Array.<faultline.v1.RestingOrderState.$Properties>} book
             * @memberof faultline.v1.MarketRuntime
             * @instance
             */
            MarketRuntime.prototype.book = $util.emptyArray;

            /**
             * MarketRuntime auctionQueue.
             * @member {Array.<faultline.v1.RestingOrderState.$Properties>} auctionQueue
             * @memberof faultline.v1.MarketRuntime
             * @instance
             */
            MarketRuntime.prototype.auctionQueue = $util.emptyArray;

            /**
             * MarketRuntime quotes.
             * @member {Array.<faultline.v1.QuoteSlot.$Properties>} quotes
             * @memberof faultline.v1.MarketRuntime
             * @instance
             */
            MarketRuntime.prototype.quotes = $util.emptyArray;

            /**
             * MarketRuntime haltedSinceUs.
             * @member {number} haltedSinceUs
             * @memberof faultline.v1.MarketRuntime
             * @instance
             */
            MarketRuntime.prototype.haltedSinceUs = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

            /**
             * Creates a new MarketRuntime instance using the specified properties.
             * @function create
             * @memberof faultline.v1.MarketRuntime
             * @static
             * @param {faultline.v1.MarketRuntime.$Properties=} [properties] Properties to set
             * @returns {faultline.v1.MarketRuntime} MarketRuntime instance
             * @type {{
             *   (properties: faultline.v1.MarketRuntime.$Shape): faultline.v1.MarketRuntime & faultline.v1.MarketRuntime.$Shape;
             *   (properties?: faultline.v1.MarketRuntime.$Properties): faultline.v1.MarketRuntime;
             * }}
             */
            MarketRuntime.create = function(properties) {
                return new MarketRuntime(properties);
            };

            /**
             * Encodes the specified MarketRuntime message. Does not implicitly {@link faultline.v1.MarketRuntime.verify|verify} messages.
             * @function encode
             * @memberof faultline.v1.MarketRuntime
             * @static
             * @param {faultline.v1.MarketRuntime.$Properties} message MarketRuntime message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            MarketRuntime.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.marketId != null && $Object.hasOwnProperty.call(message, "marketId") && message.marketId !== 0)
                    writer.uint32(/* id 1, wireType 0 =*/8).uint32(message.marketId);
                if (message.state != null && $Object.hasOwnProperty.call(message, "state") && message.state !== 0)
                    writer.uint32(/* id 2, wireType 0 =*/16).int32(message.state);
                if (message.reason != null && $Object.hasOwnProperty.call(message, "reason") && message.reason !== "")
                    writer.uint32(/* id 3, wireType 2 =*/26).string(message.reason);
                if (message.stateUntilUs != null && $Object.hasOwnProperty.call(message, "stateUntilUs") && (typeof message.stateUntilUs === "object" ? message.stateUntilUs.low || message.stateUntilUs.high : message.stateUntilUs !== 0))
                    writer.uint32(/* id 4, wireType 0 =*/32).int64(message.stateUntilUs);
                if (message.graceUntilUs != null && $Object.hasOwnProperty.call(message, "graceUntilUs") && (typeof message.graceUntilUs === "object" ? message.graceUntilUs.low || message.graceUntilUs.high : message.graceUntilUs !== 0))
                    writer.uint32(/* id 5, wireType 0 =*/40).int64(message.graceUntilUs);
                if (message.oracleTicks != null && $Object.hasOwnProperty.call(message, "oracleTicks") && (typeof message.oracleTicks === "object" ? message.oracleTicks.low || message.oracleTicks.high : message.oracleTicks !== 0))
                    writer.uint32(/* id 6, wireType 0 =*/48).int64(message.oracleTicks);
                if (message.oracleStale != null && $Object.hasOwnProperty.call(message, "oracleStale") && message.oracleStale !== false)
                    writer.uint32(/* id 7, wireType 0 =*/56).bool(message.oracleStale);
                if (message.markTicks != null && $Object.hasOwnProperty.call(message, "markTicks") && (typeof message.markTicks === "object" ? message.markTicks.low || message.markTicks.high : message.markTicks !== 0))
                    writer.uint32(/* id 8, wireType 0 =*/64).int64(message.markTicks);
                if (message.basisEmaTicksE6 != null && $Object.hasOwnProperty.call(message, "basisEmaTicksE6") && (typeof message.basisEmaTicksE6 === "object" ? message.basisEmaTicksE6.low || message.basisEmaTicksE6.high : message.basisEmaTicksE6 !== 0))
                    writer.uint32(/* id 9, wireType 0 =*/72).int64(message.basisEmaTicksE6);
                if (message.lastTradeTicks != null && $Object.hasOwnProperty.call(message, "lastTradeTicks") && (typeof message.lastTradeTicks === "object" ? message.lastTradeTicks.low || message.lastTradeTicks.high : message.lastTradeTicks !== 0))
                    writer.uint32(/* id 10, wireType 0 =*/80).int64(message.lastTradeTicks);
                if (message.lastFundingUs != null && $Object.hasOwnProperty.call(message, "lastFundingUs") && (typeof message.lastFundingUs === "object" ? message.lastFundingUs.low || message.lastFundingUs.high : message.lastFundingUs !== 0))
                    writer.uint32(/* id 11, wireType 0 =*/88).int64(message.lastFundingUs);
                if (message.bandReferenceTicks != null && $Object.hasOwnProperty.call(message, "bandReferenceTicks") && (typeof message.bandReferenceTicks === "object" ? message.bandReferenceTicks.low || message.bandReferenceTicks.high : message.bandReferenceTicks !== 0))
                    writer.uint32(/* id 12, wireType 0 =*/96).int64(message.bandReferenceTicks);
                if (message.book != null && message.book.length)
                    for (let i = 0; i < message.book.length; ++i)
                        $root.faultline.v1.RestingOrderState.encode(message.book[i], writer.uint32(/* id 13, wireType 2 =*/106).fork(), _depth + 1).ldelim();
                if (message.auctionQueue != null && message.auctionQueue.length)
                    for (let i = 0; i < message.auctionQueue.length; ++i)
                        $root.faultline.v1.RestingOrderState.encode(message.auctionQueue[i], writer.uint32(/* id 14, wireType 2 =*/114).fork(), _depth + 1).ldelim();
                if (message.quotes != null && message.quotes.length)
                    for (let i = 0; i < message.quotes.length; ++i)
                        $root.faultline.v1.QuoteSlot.encode(message.quotes[i], writer.uint32(/* id 15, wireType 2 =*/122).fork(), _depth + 1).ldelim();
                if (message.haltedSinceUs != null && $Object.hasOwnProperty.call(message, "haltedSinceUs") && (typeof message.haltedSinceUs === "object" ? message.haltedSinceUs.low || message.haltedSinceUs.high : message.haltedSinceUs !== 0))
                    writer.uint32(/* id 16, wireType 0 =*/128).int64(message.haltedSinceUs);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Encodes the specified MarketRuntime message, length delimited. Does not implicitly {@link faultline.v1.MarketRuntime.verify|verify} messages.
             * @function encodeDelimited
             * @memberof faultline.v1.MarketRuntime
             * @static
             * @param {faultline.v1.MarketRuntime.$Properties} message MarketRuntime message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            MarketRuntime.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            /**
             * Decodes a MarketRuntime message from the specified reader or buffer.
             * @function decode
             * @memberof faultline.v1.MarketRuntime
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {faultline.v1.MarketRuntime & faultline.v1.MarketRuntime.$Shape} MarketRuntime
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            MarketRuntime.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.faultline.v1.MarketRuntime();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.marketId = value;
                            else
                                delete message.marketId;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.int32())
                                message.state = value;
                            else
                                delete message.state;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.reason = value;
                            else
                                delete message.reason;
                            continue;
                        }
                    case 4: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = $readint64(reader)) === "object" ? value.low || value.high : value !== 0)
                                message.stateUntilUs = value;
                            else
                                delete message.stateUntilUs;
                            continue;
                        }
                    case 5: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = $readint64(reader)) === "object" ? value.low || value.high : value !== 0)
                                message.graceUntilUs = value;
                            else
                                delete message.graceUntilUs;
                            continue;
                        }
                    case 6: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = $readint64(reader)) === "object" ? value.low || value.high : value !== 0)
                                message.oracleTicks = value;
                            else
                                delete message.oracleTicks;
                            continue;
                        }
                    case 7: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.bool())
                                message.oracleStale = value;
                            else
                                delete message.oracleStale;
                            continue;
                        }
                    case 8: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = $readint64(reader)) === "object" ? value.low || value.high : value !== 0)
                                message.markTicks = value;
                            else
                                delete message.markTicks;
                            continue;
                        }
                    case 9: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = $readint64(reader)) === "object" ? value.low || value.high : value !== 0)
                                message.basisEmaTicksE6 = value;
                            else
                                delete message.basisEmaTicksE6;
                            continue;
                        }
                    case 10: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = $readint64(reader)) === "object" ? value.low || value.high : value !== 0)
                                message.lastTradeTicks = value;
                            else
                                delete message.lastTradeTicks;
                            continue;
                        }
                    case 11: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = $readint64(reader)) === "object" ? value.low || value.high : value !== 0)
                                message.lastFundingUs = value;
                            else
                                delete message.lastFundingUs;
                            continue;
                        }
                    case 12: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = $readint64(reader)) === "object" ? value.low || value.high : value !== 0)
                                message.bandReferenceTicks = value;
                            else
                                delete message.bandReferenceTicks;
                            continue;
                        }
                    case 13: {
                            if (wireType !== 2)
                                break;
                            if (!(message.book && message.book.length))
                                message.book = [];
                            message.book.push($root.faultline.v1.RestingOrderState.decode(reader, reader.size(), $undefined, _depth + 1));
                            continue;
                        }
                    case 14: {
                            if (wireType !== 2)
                                break;
                            if (!(message.auctionQueue && message.auctionQueue.length))
                                message.auctionQueue = [];
                            message.auctionQueue.push($root.faultline.v1.RestingOrderState.decode(reader, reader.size(), $undefined, _depth + 1));
                            continue;
                        }
                    case 15: {
                            if (wireType !== 2)
                                break;
                            if (!(message.quotes && message.quotes.length))
                                message.quotes = [];
                            message.quotes.push($root.faultline.v1.QuoteSlot.decode(reader, reader.size(), $undefined, _depth + 1));
                            continue;
                        }
                    case 16: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = $readint64(reader)) === "object" ? value.low || value.high : value !== 0)
                                message.haltedSinceUs = value;
                            else
                                delete message.haltedSinceUs;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Decodes a MarketRuntime message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof faultline.v1.MarketRuntime
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {faultline.v1.MarketRuntime & faultline.v1.MarketRuntime.$Shape} MarketRuntime
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            MarketRuntime.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            return MarketRuntime;
        })();

        v1.OracleReportState = (function() {

            /**
             * Properties of an OracleReportState.
             * @typedef {Object} faultline.v1.OracleReportState.$Properties
             * @property {string|null} [oracleId] OracleReportState oracleId
             * @property {number|null} [marketId] OracleReportState marketId
             * @property {number|null} [priceTicks] OracleReportState priceTicks
             * @property {number|null} [observedAtUs] OracleReportState observedAtUs
             * @property {number|null} [reportSeq] OracleReportState reportSeq
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of an OracleReportState.
             * @memberof faultline.v1
             * @interface IOracleReportState
             * @augments faultline.v1.OracleReportState.$Properties
             * @deprecated Use faultline.v1.OracleReportState.$Properties instead.
             */

            /**
             * Shape of an OracleReportState.
             * @typedef {faultline.v1.OracleReportState.$Properties} faultline.v1.OracleReportState.$Shape
             */

            /**
             * Constructs a new OracleReportState.
             * @memberof faultline.v1
             * @classdesc Represents an OracleReportState.
             * @constructor
             * @param {faultline.v1.OracleReportState.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const OracleReportState = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * OracleReportState oracleId.
             * @member {string} oracleId
             * @memberof faultline.v1.OracleReportState
             * @instance
             */
            OracleReportState.prototype.oracleId = "";

            /**
             * OracleReportState marketId.
             * @member {number} marketId
             * @memberof faultline.v1.OracleReportState
             * @instance
             */
            OracleReportState.prototype.marketId = 0;

            /**
             * OracleReportState priceTicks.
             * @member {number} priceTicks
             * @memberof faultline.v1.OracleReportState
             * @instance
             */
            OracleReportState.prototype.priceTicks = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

            /**
             * OracleReportState observedAtUs.
             * @member {number} observedAtUs
             * @memberof faultline.v1.OracleReportState
             * @instance
             */
            OracleReportState.prototype.observedAtUs = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

            /**
             * OracleReportState reportSeq.
             * @member {number} reportSeq
             * @memberof faultline.v1.OracleReportState
             * @instance
             */
            OracleReportState.prototype.reportSeq = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * Creates a new OracleReportState instance using the specified properties.
             * @function create
             * @memberof faultline.v1.OracleReportState
             * @static
             * @param {faultline.v1.OracleReportState.$Properties=} [properties] Properties to set
             * @returns {faultline.v1.OracleReportState} OracleReportState instance
             * @type {{
             *   (properties: faultline.v1.OracleReportState.$Shape): faultline.v1.OracleReportState & faultline.v1.OracleReportState.$Shape;
             *   (properties?: faultline.v1.OracleReportState.$Properties): faultline.v1.OracleReportState;
             * }}
             */
            OracleReportState.create = function(properties) {
                return new OracleReportState(properties);
            };

            /**
             * Encodes the specified OracleReportState message. Does not implicitly {@link faultline.v1.OracleReportState.verify|verify} messages.
             * @function encode
             * @memberof faultline.v1.OracleReportState
             * @static
             * @param {faultline.v1.OracleReportState.$Properties} message OracleReportState message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            OracleReportState.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.oracleId != null && $Object.hasOwnProperty.call(message, "oracleId") && message.oracleId !== "")
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.oracleId);
                if (message.marketId != null && $Object.hasOwnProperty.call(message, "marketId") && message.marketId !== 0)
                    writer.uint32(/* id 2, wireType 0 =*/16).uint32(message.marketId);
                if (message.priceTicks != null && $Object.hasOwnProperty.call(message, "priceTicks") && (typeof message.priceTicks === "object" ? message.priceTicks.low || message.priceTicks.high : message.priceTicks !== 0))
                    writer.uint32(/* id 3, wireType 0 =*/24).int64(message.priceTicks);
                if (message.observedAtUs != null && $Object.hasOwnProperty.call(message, "observedAtUs") && (typeof message.observedAtUs === "object" ? message.observedAtUs.low || message.observedAtUs.high : message.observedAtUs !== 0))
                    writer.uint32(/* id 4, wireType 0 =*/32).int64(message.observedAtUs);
                if (message.reportSeq != null && $Object.hasOwnProperty.call(message, "reportSeq") && (typeof message.reportSeq === "object" ? message.reportSeq.low || message.reportSeq.high : message.reportSeq !== 0))
                    writer.uint32(/* id 5, wireType 0 =*/40).uint64(message.reportSeq);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Encodes the specified OracleReportState message, length delimited. Does not implicitly {@link faultline.v1.OracleReportState.verify|verify} messages.
             * @function encodeDelimited
             * @memberof faultline.v1.OracleReportState
             * @static
             * @param {faultline.v1.OracleReportState.$Properties} message OracleReportState message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            OracleReportState.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            /**
             * Decodes an OracleReportState message from the specified reader or buffer.
             * @function decode
             * @memberof faultline.v1.OracleReportState
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {faultline.v1.OracleReportState & faultline.v1.OracleReportState.$Shape} OracleReportState
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            OracleReportState.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.faultline.v1.OracleReportState();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.oracleId = value;
                            else
                                delete message.oracleId;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.marketId = value;
                            else
                                delete message.marketId;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = $readint64(reader)) === "object" ? value.low || value.high : value !== 0)
                                message.priceTicks = value;
                            else
                                delete message.priceTicks;
                            continue;
                        }
                    case 4: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = $readint64(reader)) === "object" ? value.low || value.high : value !== 0)
                                message.observedAtUs = value;
                            else
                                delete message.observedAtUs;
                            continue;
                        }
                    case 5: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = $readuint64(reader)) === "object" ? value.low || value.high : value !== 0)
                                message.reportSeq = value;
                            else
                                delete message.reportSeq;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Decodes an OracleReportState message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof faultline.v1.OracleReportState
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {faultline.v1.OracleReportState & faultline.v1.OracleReportState.$Shape} OracleReportState
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            OracleReportState.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            return OracleReportState;
        })();

        v1.NonceWindow = (function() {

            /**
             * Properties of a NonceWindow.
             * @typedef {Object} faultline.v1.NonceWindow.$Properties
             * @property {string|null} [clientId] NonceWindow clientId
             * @property {number|null} [floor] NonceWindow floor
             * @property {Array.<number>|null} [seen] NonceWindow seen
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a NonceWindow.
             * @memberof faultline.v1
             * @interface INonceWindow
             * @augments faultline.v1.NonceWindow.$Properties
             * @deprecated Use faultline.v1.NonceWindow.$Properties instead.
             */

            /**
             * Shape of a NonceWindow.
             * @typedef {faultline.v1.NonceWindow.$Properties} faultline.v1.NonceWindow.$Shape
             */

            /**
             * Constructs a new NonceWindow.
             * @memberof faultline.v1
             * @classdesc Represents a NonceWindow.
             * @constructor
             * @param {faultline.v1.NonceWindow.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const NonceWindow = function (properties) {
                this.seen = [];
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * NonceWindow clientId.
             * @member {string} clientId
             * @memberof faultline.v1.NonceWindow
             * @instance
             */
            NonceWindow.prototype.clientId = "";

            /**
             * NonceWindow floor.
             * @member {number} floor
             * @memberof faultline.v1.NonceWindow
             * @instance
             */
            NonceWindow.prototype.floor = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * NonceWindow seen.
             * @member {Array.<number>} seen
             * @memberof faultline.v1.NonceWindow
             * @instance
             */
            NonceWindow.prototype.seen = $util.emptyArray;

            /**
             * Creates a new NonceWindow instance using the specified properties.
             * @function create
             * @memberof faultline.v1.NonceWindow
             * @static
             * @param {faultline.v1.NonceWindow.$Properties=} [properties] Properties to set
             * @returns {faultline.v1.NonceWindow} NonceWindow instance
             * @type {{
             *   (properties: faultline.v1.NonceWindow.$Shape): faultline.v1.NonceWindow & faultline.v1.NonceWindow.$Shape;
             *   (properties?: faultline.v1.NonceWindow.$Properties): faultline.v1.NonceWindow;
             * }}
             */
            NonceWindow.create = function(properties) {
                return new NonceWindow(properties);
            };

            /**
             * Encodes the specified NonceWindow message. Does not implicitly {@link faultline.v1.NonceWindow.verify|verify} messages.
             * @function encode
             * @memberof faultline.v1.NonceWindow
             * @static
             * @param {faultline.v1.NonceWindow.$Properties} message NonceWindow message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            NonceWindow.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.clientId != null && $Object.hasOwnProperty.call(message, "clientId") && message.clientId !== "")
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.clientId);
                if (message.floor != null && $Object.hasOwnProperty.call(message, "floor") && (typeof message.floor === "object" ? message.floor.low || message.floor.high : message.floor !== 0))
                    writer.uint32(/* id 2, wireType 0 =*/16).uint64(message.floor);
                if (message.seen != null && message.seen.length)
                    writer.uint32(/* id 3, wireType 2 =*/26).uint64s(message.seen);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Encodes the specified NonceWindow message, length delimited. Does not implicitly {@link faultline.v1.NonceWindow.verify|verify} messages.
             * @function encodeDelimited
             * @memberof faultline.v1.NonceWindow
             * @static
             * @param {faultline.v1.NonceWindow.$Properties} message NonceWindow message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            NonceWindow.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            /**
             * Decodes a NonceWindow message from the specified reader or buffer.
             * @function decode
             * @memberof faultline.v1.NonceWindow
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {faultline.v1.NonceWindow & faultline.v1.NonceWindow.$Shape} NonceWindow
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            NonceWindow.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.faultline.v1.NonceWindow();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.clientId = value;
                            else
                                delete message.clientId;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = $readuint64(reader)) === "object" ? value.low || value.high : value !== 0)
                                message.floor = value;
                            else
                                delete message.floor;
                            continue;
                        }
                    case 3: {
                            if (wireType === 2) {
                                if (!(message.seen && message.seen.length))
                                    message.seen = [];
                                reader.uint64s(message.seen);
                                continue;
                            }
                            if (wireType !== 0)
                                break;
                            if (!(message.seen && message.seen.length))
                                message.seen = [];
                            message.seen.push($readuint64(reader));
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Decodes a NonceWindow message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof faultline.v1.NonceWindow
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {faultline.v1.NonceWindow & faultline.v1.NonceWindow.$Shape} NonceWindow
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            NonceWindow.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            return NonceWindow;
        })();

        return v1;
    })();

    return faultline;
})();

export {
  $root as default
};

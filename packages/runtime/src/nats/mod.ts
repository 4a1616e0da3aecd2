export { startNatsServer, findNatsServer, natsServerEnv, NatsServerMissingError, NatsServerStartError, DEFAULT_NATS_CONF, NATS_GOMAXPROCS_DEFAULT, NATS_GOMAXPROCS_ENV, type NatsServerHandle } from './server.ts';
export { NatsHost, FAULT_SUBJECT, PUBLISH_COMMAND_FRAME_MAX, PUBLISH_SLAB_BYTES, wallClockUs, volatileLog, type NatsHostLog, type NatsHostOptions, type NatsHostStats } from './nats-host.ts';
export { NatsDurableLog, ensureLogStream, logStreamName, storedLogDeliveryOn, storedLogSubject, LOG_ENTRY_BYTES_MAX, OPEN_RETRY_MS } from './nats-log.ts';
export { NatsWorld } from './nats-world.ts';
export { isStartedLine, recordAheadPathOf, runServiceProcess, startedLine, type ServiceArgs, type ServiceProcessOptions } from './service-process.ts';
export { serviceUser, serviceConnectOptions, inboxPrefix, orchestratorUser, authorizationBlock, writeRunNatsConf, randomPassword, NATS_USER_ENV, NATS_PASSWORD_ENV, type BrokerUser } from './auth.ts';
export { RecordAheadFile, readRecordAhead, encodeRecordAhead, decodeRecordAhead, type RecordAhead, type RecordAheadKeeper } from './record-ahead.ts';

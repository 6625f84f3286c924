/**
 * Word lists for the synthetic help centre (`synthetic-corpus.ts`): the
 * areas, vendors, objects, symptoms, causes and remediation steps of a data
 * platform's troubleshooting pages, so BM25 and the GloVe embeddings see
 * ordinary support English rather than random tokens. `{vendor}`, `{object}`,
 * `{code}`, `{scope}` and `{product}` are slots filled by the generator.
 */

/** Help-centre areas; one per page, named in its title. */
export const areas = [
  'connectors', 'pipelines', 'warehouse loads', 'dashboards', 'billing', 'single sign-on', 'API access', 'webhooks', 'exports',
  'schedules', 'notifications', 'workspaces', 'permissions', 'data quality checks', 'transformations', 'alerts', 'audit logs',
  'mobile app', 'reverse ETL', 'reports',
] as const;

/** Third-party systems customers connect. */
export const vendors = [
  'Snowflake', 'BigQuery', 'Redshift', 'Databricks', 'Postgres', 'MySQL', 'Salesforce', 'HubSpot', 'Stripe', 'Zendesk', 'Jira',
  'Slack', 'Okta', 'Azure', 'S3', 'Google Cloud Storage', 'Kafka', 'Shopify', 'NetSuite', 'Marketo', 'Intercom', 'Workday',
] as const;

/** Things that break. */
export const objects = [
  'sync', 'table', 'schema', 'column', 'job', 'run', 'schedule', 'token', 'credential', 'certificate', 'webhook', 'export',
  'report', 'dashboard', 'invoice', 'seat', 'role', 'connection', 'destination', 'source', 'field mapping', 'query',
  'notification', 'alert', 'snapshot', 'backfill', 'partition', 'file upload', 'service account', 'refresh', 'filter', 'chart',
] as const;

/** Symptoms, written after an object ("the sync …"). */
export const symptoms = [
  'times out', 'stalls at 99 percent', 'fails with HTTP {code}', 'returns an empty result', 'shows stale data', 'is rejected',
  'keeps retrying', 'is duplicated', 'is missing rows', 'never starts', 'runs twice', 'shows a permission error',
  'reports a schema mismatch', 'stops after the first page', 'is very slow', 'cannot be saved', 'disappears after a refresh',
  'shows the wrong time zone', 'loses its settings', 'sends no email', 'is stuck in the queue', 'truncates long values',
] as const;

/** HTTP status codes a symptom may quote. */
export const httpCodes = ['400', '401', '403', '404', '408', '409', '413', '422', '429', '500', '502', '503', '504'] as const;

/** Permission scopes a cause may name. */
export const scopes = ['read pipelines', 'write pipelines', 'orchestration', 'billing admin', 'workspace admin', 'export', 'audit read'] as const;

/** Lead sentences: the cause of a problem. */
export const causes = [
  'This usually happens when the {vendor} credentials were rotated and the {object} still uses the old ones.',
  '{vendor} rate-limits requests, so large {object} operations are paused and retried.',
  'A column type changed upstream in {vendor}, and the {object} no longer matches the destination.',
  'The schedule runs in UTC while the workspace shows local time.',
  'The service account lacks the {scope} scope that the {object} needs.',
  'The {product} agent lost its connection to {vendor} during the run.',
  'A firewall or IP allowlist in front of {vendor} blocks the {product} workers.',
  'Error {code} means the request reached {vendor} but was refused.',
  'The {object} was edited while a run was in progress, so two versions now exist.',
  'Large payloads above the plan limit are split, and one part failed.',
  'The OAuth refresh token for {vendor} expired or was revoked by an admin.',
  'A filter on the {object} excludes the rows you expect to see.',
] as const;

/** Remediation steps. */
export const steps = [
  'Re-run the connection test for {vendor} and re-authorise if it fails.',
  'Rotate the {vendor} credentials and paste the new secret into the {object} settings.',
  'Check that the service account has the {scope} scope, then retry the {object}.',
  'Reduce the batch size of the {object} to stay under the {vendor} rate limit.',
  'Refresh the schema so the {object} picks up the new column types.',
  'Set the workspace time zone explicitly and save the schedule again.',
  'Add the {product} egress IP addresses to the {vendor} allowlist.',
  'Open the run history, download the log and look for error {code}.',
  'Pause the {object}, wait for the current run to finish, then resume it.',
  'Clear the {object} cache from the advanced settings and run it again.',
  'Split the export into smaller date ranges.',
  'Ask a workspace admin to grant the {scope} role to your user.',
  'Remove the filter on the {object} and compare the row counts.',
  'Contact support with the run ID if the {object} still fails after a retry.',
  'Re-consent to the {vendor} app in the integration settings.',
  'Upgrade the {product} agent to the latest version and restart it.',
] as const;

/** Openers and fillers of customer questions. */
export const questionOpeners = ['hi,', 'hello,', 'help:', 'urgent:', '', '', 'quick question:', 'since yesterday'] as const;

/** Syllables of invented product and connector names; the vocabulary grows with the corpus, as a real help centre's does. */
export const nameSyllables = ['zen', 'vel', 'ora', 'trix', 'lum', 'nex', 'cor', 'bal', 'tav', 'quin', 'sol', 'mar', 'dex', 'pra', 'ion', 'ly', 'ka', 'ro', 'fen', 'gal'] as const;

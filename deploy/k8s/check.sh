#!/usr/bin/env bash
# Renders deploy/k8s/overlays/{dev,prod} (and prod with the backup component) with
# `kubectl kustomize`, offline, and checks what comes out against the deployment rules of
# README.md. Exits non-zero, naming every broken rule, when anything is wrong.
#
#   deploy/k8s/check.sh            # from anywhere
#   KUBECTL=/path/to/kubectl deploy/k8s/check.sh
#
# Needs kubectl (with its built-in kustomize) and python3. PyYAML is used when present to
# cross-check the small YAML reader below, which is what makes python3 alone enough.
set -euo pipefail

HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
KUBECTL="${KUBECTL:-kubectl}"
command -v "$KUBECTL" >/dev/null || { echo "check.sh: kubectl not found (set KUBECTL)" >&2; exit 2; }
command -v python3 >/dev/null || { echo "check.sh: python3 not found" >&2; exit 2; }

WORK="$(mktemp -d)"
trap 'rm -rf "$WORK"' EXIT

render() { # <name> <kustomization dir>
  if ! "$KUBECTL" kustomize "$2" >"$WORK/$1.yaml" 2>"$WORK/$1.err"; then
    echo "FAIL render $1: kubectl kustomize $2" >&2
    cat "$WORK/$1.err" >&2
    exit 1
  fi
  echo "ok   render $1 ($(grep -c '^kind: ' "$WORK/$1.yaml") objects)"
}

render dev "$HERE/overlays/dev"
render prod "$HERE/overlays/prod"

# prod with the (normally commented-out) backup component, the way uncommenting
# `components: [backup]` in overlays/prod would apply it
mkdir -p "$WORK/prod-backup"
REL="$(python3 -c 'import os,sys; print(os.path.relpath(sys.argv[1], sys.argv[2]))' "$HERE/overlays/prod" "$WORK/prod-backup")"
cat >"$WORK/prod-backup/kustomization.yaml" <<EOF
apiVersion: kustomize.config.k8s.io/v1beta1
kind: Kustomization
namespace: kam
resources:
  - $REL
components:
  - $REL/backup
EOF
render prod-backup "$WORK/prod-backup"

exec python3 - "$WORK" <<'PY'
import json, re, sys

WORK = sys.argv[1]

# ---------------------------------------------------------------------------------------
# A reader for the block-style YAML that kustomize writes (mappings, sequences, plain and
# quoted scalars, folded continuation lines, block scalars, {} and []).
# ---------------------------------------------------------------------------------------
KEY = re.compile(r'''^("(?:[^"\\]|\\.)*"|'(?:[^']|'')*'|[^\s'"#\-?:,\[\]{}][^#]*?|-[^\s][^#]*?)\s*:(?:\s+|$)(.*)$''')
INT = re.compile(r'^[-+]?(0|[1-9][0-9]*)$')
FLOAT = re.compile(r'^[-+]?([0-9]+\.[0-9]*|\.[0-9]+)([eE][-+]?[0-9]+)?$')


def scalar(text):
    t = text.strip()
    if t.startswith('"'):
        return json.loads(t)
    if t.startswith("'"):
        return t[1:-1].replace("''", "'")
    if t == '{}':
        return {}
    if t == '[]':
        return []
    if t.startswith('[') and t.endswith(']'):
        return [scalar(x) for x in t[1:-1].split(',') if x.strip()]
    if t in ('', '~', 'null', 'Null', 'NULL'):
        return None
    if t in ('true', 'True', 'TRUE'):
        return True
    if t in ('false', 'False', 'FALSE'):
        return False
    if INT.match(t):
        return int(t)
    if FLOAT.match(t):
        return float(t)
    return t


class Reader:
    def __init__(self, lines):
        self.lines = lines

    def indent(self, i):
        line = self.lines[i]
        return len(line) - len(line.lstrip(' '))

    def skip(self, i):
        while i < len(self.lines) and (not self.lines[i].strip() or self.lines[i].lstrip().startswith('#')):
            i += 1
        return i

    def node(self, i, ind):
        i = self.skip(i)
        text = self.lines[i].strip()
        if text == '-' or text.startswith('- '):
            return self.seq(i, ind)
        if KEY.match(text):
            return self.mapping(i, ind)
        return self.folded(text, i + 1, ind - 1)

    def folded(self, first, i, ind):
        parts = [first]
        while i < len(self.lines) and self.lines[i].strip() and self.indent(i) > ind:
            parts.append(self.lines[i].strip())
            i += 1
        return scalar(' '.join(parts)), i

    def block(self, head, i, ind):
        raw = []
        while i < len(self.lines) and (not self.lines[i].strip() or self.indent(i) > ind):
            raw.append(self.lines[i])
            i += 1
        while raw and not raw[-1].strip():
            raw.pop()
            i -= 1
        bi = min((len(l) - len(l.lstrip(' ')) for l in raw if l.strip()), default=0)
        body = [l[bi:] for l in raw]
        text = ('\n' if head[0] == '|' else ' ').join(body)
        if '-' in head:
            return text, i
        return text + '\n', i

    def mapping(self, i, ind):
        out = {}
        while True:
            i = self.skip(i)
            if i >= len(self.lines) or self.indent(i) != ind:
                return out, i
            text = self.lines[i].strip()
            if text == '-' or text.startswith('- '):
                return out, i
            m = KEY.match(text)
            if not m:
                raise ValueError('line %d: expected "key: value": %r' % (i + 1, self.lines[i]))
            key, rest = scalar(m.group(1)), m.group(2).strip()
            if rest == '':
                j = self.skip(i + 1)
                if j < len(self.lines) and (self.indent(j) > ind or (self.indent(j) == ind and (
                        self.lines[j].strip() == '-' or self.lines[j].strip().startswith('- ')))):
                    out[key], i = self.node(j, self.indent(j))
                else:
                    out[key], i = None, i + 1
            elif rest[0] in '|>':
                out[key], i = self.block(rest, i + 1, ind)
            else:
                out[key], i = self.folded(rest, i + 1, ind)

    def seq(self, i, ind):
        out = []
        while True:
            i = self.skip(i)
            if i >= len(self.lines) or self.indent(i) != ind:
                return out, i
            text = self.lines[i].strip()
            if not (text == '-' or text.startswith('- ')):
                return out, i
            rest = text[1:].strip()
            if rest == '':
                j = self.skip(i + 1)
                item, i = self.node(j, self.indent(j))
            else:
                self.lines[i] = ' ' * (ind + 2) + rest
                if rest[0] in '|>':
                    item, i = self.block(rest, i + 1, ind)
                else:
                    item, i = self.node(i, ind + 2)
            out.append(item)


def load_all(text):
    docs, cur = [], []
    for line in text.split('\n'):
        if line.rstrip() == '---':
            docs.append(cur)
            cur = []
        else:
            cur.append(line)
    docs.append(cur)
    result = []
    for lines in docs:
        r = Reader(lines)
        i = r.skip(0)
        if i < len(lines):
            result.append(r.node(i, r.indent(i))[0])
    return result


def load(name):
    text = open('%s/%s.yaml' % (WORK, name)).read()
    docs = load_all(text)
    try:
        import yaml  # only to cross-check the reader above
    except ImportError:
        return docs
    reference = [d for d in yaml.safe_load_all(text) if d is not None]
    if reference != docs:
        print('warn %s: the built-in YAML reader disagrees with PyYAML; using PyYAML' % name)
        return reference
    return docs


# ---------------------------------------------------------------------------------------
# the rules
# ---------------------------------------------------------------------------------------
TOPICS = ['kam.screening.events', 'kam.visit.events', 'kam.suggestion.events',
          'kam.credit.events', 'kam.service.events']
GATEWAY = 'api-gateway'
GATEWAY_URLS = {  # env of the gateway -> Kubernetes service it must point at
    'KAM_SCREENING_URL': 'screening-service', 'KAM_VISITS_URL': 'visit-service',
    'KAM_SUGGESTIONS_URL': 'suggestion-service', 'KAM_CREDIT_URL': 'credit-service',
    'KAM_SERVICES_URL': 'service-support-service'}
EXPECT = {
    'dev': dict(namespace='kam-dev', replicas=1, hpa=(1, 2), kafka=1, topic_rf=1, min_isr=1, pg=1, tls=False),
    'prod': dict(namespace='kam', replicas=2, hpa=(2, 6), kafka=3, topic_rf=3, min_isr=2, pg=3, tls=True),
}


class Check:
    def __init__(self, name):
        self.name, self.failures, self.passed = name, [], 0

    def __call__(self, cond, what):
        if cond:
            self.passed += 1
        else:
            self.failures.append(what)
        return cond


def g(obj, *path, default=None):
    for p in path:
        if isinstance(obj, dict):
            obj = obj.get(p)
        elif isinstance(obj, list) and isinstance(p, int) and p < len(obj):
            obj = obj[p]
        else:
            return default
        if obj is None:
            return default
    return obj


def selects(selector, labels):
    return bool(selector) and all(labels.get(k) == v for k, v in selector.items())


def check_overlay(env, docs):
    c = Check(env)
    ex = EXPECT[env]
    by_kind = {}
    for d in docs:
        by_kind.setdefault(d['kind'], []).append(d)
    kinds = lambda k: by_kind.get(k, [])
    named = lambda k, n: next((d for d in kinds(k) if d['metadata']['name'] == n), None)
    configmaps = {d['metadata']['name']: d.get('data') or {} for d in kinds('ConfigMap')}
    clusters = {d['metadata']['name']: d for d in kinds('Cluster')}

    # namespace
    c(len(kinds('Namespace')) == 1 and kinds('Namespace')[0]['metadata']['name'] == ex['namespace'],
      'one Namespace %s' % ex['namespace'])
    for d in docs:
        if d['kind'] != 'Namespace':
            c(g(d, 'metadata', 'namespace') == ex['namespace'],
              '%s/%s is in namespace %s' % (d['kind'], d['metadata']['name'], ex['namespace']))

    deployments = kinds('Deployment')
    c(len(deployments) >= 3, 'at least 3 Deployments (screening, credit, gateway), found %d' % len(deployments))
    names = {d['metadata']['name'] for d in deployments}
    for want in ('screening-service', 'credit-service', GATEWAY):
        c(want in names, 'Deployment %s exists' % want)

    for dep in deployments:
        n = dep['metadata']['name']
        pod = g(dep, 'spec', 'template', 'spec', default={})
        labels = g(dep, 'spec', 'template', 'metadata', 'labels', default={})
        c(selects(g(dep, 'spec', 'selector', 'matchLabels'), labels), '%s: selector matches its pod labels' % n)
        c(g(dep, 'spec', 'replicas') == ex['replicas'], '%s: replicas %s' % (n, ex['replicas']))
        psc = pod.get('securityContext') or {}
        containers = pod.get('containers') or []
        c(len(containers) >= 1, '%s: has a container' % n)
        volumes = {v['name']: v for v in pod.get('volumes') or []}
        for ct in containers:
            cn = '%s/%s' % (n, ct['name'])
            for probe, path in (('livenessProbe', '/q/health/live'), ('readinessProbe', '/q/health/ready'),
                                ('startupProbe', '/q/health/started')):
                c(g(ct, probe, 'httpGet', 'path') == path, '%s: %s on %s' % (cn, probe, path))
            lim = g(ct, 'resources', 'limits', default={})
            req = g(ct, 'resources', 'requests', default={})
            c('memory' in lim and 'cpu' in lim, '%s: resource limits (cpu, memory)' % cn)
            c('memory' in req and 'cpu' in req, '%s: resource requests (cpu, memory)' % cn)
            csc = ct.get('securityContext') or {}
            c(csc.get('runAsNonRoot', psc.get('runAsNonRoot')) is True, '%s: runAsNonRoot' % cn)
            c(csc.get('readOnlyRootFilesystem') is True, '%s: readOnlyRootFilesystem' % cn)
            c(csc.get('allowPrivilegeEscalation') is False, '%s: allowPrivilegeEscalation false' % cn)
            tmp = [m for m in ct.get('volumeMounts') or [] if m['mountPath'] == '/tmp']
            c(tmp and 'emptyDir' in volumes.get(tmp[0]['name'], {}), '%s: /tmp is an emptyDir' % cn)
            image = ct.get('image', '')
            c(re.search(r'kam/%s:[^:/]+$' % re.escape(n), image) is not None,
              '%s: image kam/%s:<tag> (got %r)' % (cn, n, image))
            c(any(p.get('containerPort') == 8080 and p.get('name') == 'http' for p in ct.get('ports') or []),
              '%s: container port 8080 named http' % cn)

            cenv = {}
            for ef in ct.get('envFrom') or []:
                ref = g(ef, 'configMapRef', 'name')
                if c(ref in configmaps, '%s: envFrom ConfigMap %s exists' % (cn, ref)):
                    cenv.update(configmaps[ref])
            for e in ct.get('env') or []:
                cenv[e['name']] = e.get('value', e.get('valueFrom'))
            c('MaxRAMPercentage=75' in str(cenv.get('JAVA_OPTS_APPEND', '')),
              '%s: JAVA_OPTS_APPEND has -XX:MaxRAMPercentage=75' % cn)
            c(cenv.get('QUARKUS_HTTP_PORT') == '8080', '%s: QUARKUS_HTTP_PORT=8080' % cn)
            for k in ('KAM_JWT_PUBLIC_KEY', 'KAM_JWT_ISSUER', 'KAM_JWT_AUDIENCE'):
                c(bool(cenv.get(k)), '%s: %s set' % (cn, k))
            key = str(cenv.get('KAM_JWT_PUBLIC_KEY', ''))
            if ex['tls']:
                c(key.startswith('https://'), '%s: prod verifies tokens against the JWKS URL' % cn)
                for kam, mp in (('KAM_JWT_PUBLIC_KEY', 'MP_JWT_VERIFY_PUBLICKEY_LOCATION'),
                                ('KAM_JWT_ISSUER', 'MP_JWT_VERIFY_ISSUER'),
                                ('KAM_JWT_AUDIENCE', 'MP_JWT_VERIFY_AUDIENCES')):
                    c(cenv.get(mp) == cenv.get(kam), '%s: %s equals %s' % (cn, mp, kam))
                c('local' not in str(cenv.get('QUARKUS_PROFILE', '')) and 'KAM_JWT_PRIVATE_KEY' not in cenv,
                  '%s: prod has no demo users and no signing key' % cn)
            else:
                mounted = [m['mountPath'] for m in ct.get('volumeMounts') or []]
                c(key.startswith('file:/') and any(key[5:].startswith(p + '/') for p in mounted),
                  '%s: KAM_JWT_PUBLIC_KEY is a file: URL inside a mounted volume' % cn)

            component = labels.get('app.kubernetes.io/component')
            if component == 'service':
                c(cenv.get('KAFKA_BOOTSTRAP_SERVERS') == 'kam-kafka-bootstrap:9092',
                  '%s: KAFKA_BOOTSTRAP_SERVERS=kam-kafka-bootstrap:9092' % cn)
                c(labels.get('kam.io/kafka-client') == 'true', '%s: pod labelled kam.io/kafka-client' % cn)
                url = str(cenv.get('KAM_DB_URL', ''))
                m = re.match(r'^jdbc:postgresql://([a-z0-9-]+)-rw:5432/([a-z0-9_]+)$', url)
                if c(m is not None, '%s: KAM_DB_URL is jdbc:postgresql://<cluster>-rw:5432/<db> (got %r)' % (cn, url)):
                    cluster, db = m.groups()
                    cl = clusters.get(cluster)
                    if c(cl is not None, '%s: CloudNativePG Cluster %s exists' % (cn, cluster)):
                        c(g(cl, 'spec', 'bootstrap', 'initdb', 'database') == db,
                          '%s: Cluster %s bootstraps database %s' % (cn, cluster, db))
                    for var, k in (('KAM_DB_USER', 'username'), ('KAM_DB_PASSWORD', 'password')):
                        ref = g(cenv.get(var), 'secretKeyRef', default={})
                        c(ref.get('name') == cluster + '-app' and ref.get('key') == k,
                          '%s: %s from Secret %s-app key %s' % (cn, var, cluster, k))
            elif n == GATEWAY:
                for var, svc in GATEWAY_URLS.items():
                    c(cenv.get(var) == 'http://%s:8080' % svc, '%s: %s=http://%s:8080' % (cn, var, svc))

        # companions of every Deployment
        svc = [s for s in kinds('Service') if selects(g(s, 'spec', 'selector'), labels)]
        if c(len(svc) == 1, '%s: exactly one Service selects its pods (found %d)' % (n, len(svc))):
            s = svc[0]
            c(s['metadata']['name'] == n, '%s: Service is named %s' % (n, n))
            c(g(s, 'spec', 'type', default='ClusterIP') == 'ClusterIP', '%s: Service is ClusterIP' % n)
            c(any(p.get('port') == 8080 and p.get('targetPort') in ('http', 8080) for p in g(s, 'spec', 'ports', default=[])),
              '%s: Service port 8080 -> http' % n)
        c(any(selects(g(p, 'spec', 'podSelector', 'matchLabels'), labels) for p in kinds('NetworkPolicy')),
          '%s: a NetworkPolicy selects its pods' % n)
        pdbs = [p for p in kinds('PodDisruptionBudget') if selects(g(p, 'spec', 'selector', 'matchLabels'), labels)]
        if c(len(pdbs) == 1, '%s: exactly one PodDisruptionBudget (found %d)' % (n, len(pdbs))):
            spec = pdbs[0]['spec']
            if ex['tls']:
                c(spec.get('minAvailable') == 1, '%s: PDB minAvailable 1' % n)
            else:
                c(spec.get('minAvailable') is None or spec['minAvailable'] < ex['replicas'],
                  '%s: PDB leaves a single replica drainable' % n)
        hpas = [h for h in kinds('HorizontalPodAutoscaler') if g(h, 'spec', 'scaleTargetRef', 'name') == n]
        if c(len(hpas) == 1, '%s: exactly one HorizontalPodAutoscaler (found %d)' % (n, len(hpas))):
            h = hpas[0]
            c(h['apiVersion'] == 'autoscaling/v2', '%s: HPA is autoscaling/v2' % n)
            c((g(h, 'spec', 'minReplicas'), g(h, 'spec', 'maxReplicas')) == ex['hpa'],
              '%s: HPA %d..%d' % ((n,) + ex['hpa']))
            c(any(g(m, 'resource', 'name') == 'cpu' for m in g(h, 'spec', 'metrics', default=[])),
              '%s: HPA scales on CPU' % n)

    # network policies: services take traffic only from the gateway and monitoring
    for p in kinds('NetworkPolicy'):
        n = p['metadata']['name']
        sel = g(p, 'spec', 'podSelector', 'matchLabels', default={})
        dep = next((d for d in deployments if selects(sel, g(d, 'spec', 'template', 'metadata', 'labels', default={}))), None)
        if dep is None or 'Ingress' not in g(p, 'spec', 'policyTypes', default=[]):
            continue
        sources = [f for rule in g(p, 'spec', 'ingress', default=[]) for f in rule.get('from') or []]
        c(len(sources) > 0 and all(
            g(f, 'podSelector', 'matchLabels', 'app.kubernetes.io/name') == GATEWAY
            or g(f, 'namespaceSelector', 'matchLabels', 'kubernetes.io/metadata.name') in ('monitoring', 'ingress-nginx')
            for f in sources), 'NetworkPolicy %s: ingress only from the gateway, monitoring or the ingress controller' % n)
        is_gateway = dep['metadata']['name'] == GATEWAY
        if not is_gateway:
            c(not any(g(f, 'namespaceSelector', 'matchLabels', 'kubernetes.io/metadata.name') == 'ingress-nginx'
                      for f in sources), 'NetworkPolicy %s: the ingress controller cannot reach a service' % n)
        egress = g(p, 'spec', 'egress', default=[])
        ports = lambda r: {q.get('port') for q in r.get('ports') or []}
        c(any(53 in ports(r) for r in egress), 'NetworkPolicy %s: egress to DNS' % n)
        if is_gateway:
            c(any(8080 in ports(r) and any(g(t, 'podSelector', 'matchLabels', 'app.kubernetes.io/component') == 'service'
                                           for t in r.get('to') or []) for r in egress),
              'NetworkPolicy %s: egress to the services on 8080' % n)
        else:
            c(any(5432 in ports(r) and any(g(t, 'podSelector', 'matchLabels', 'cnpg.io/cluster') for t in r.get('to') or [])
                  for r in egress), 'NetworkPolicy %s: egress to its PostgreSQL cluster' % n)
            c(any(9092 in ports(r) and any(g(t, 'podSelector', 'matchLabels', 'strimzi.io/cluster') == 'kam'
                                           for t in r.get('to') or []) for r in egress),
              'NetworkPolicy %s: egress to the Kafka cluster' % n)

    # ingress: exactly one, to the gateway, API and docs only
    ingresses = kinds('Ingress')
    if c(len(ingresses) == 1, 'exactly one Ingress (found %d)' % len(ingresses)):
        ing = ingresses[0]
        paths = [p for r in g(ing, 'spec', 'rules', default=[]) for p in g(r, 'http', 'paths', default=[])]
        c(len(paths) > 0 and all(g(p, 'backend', 'service', 'name') == GATEWAY for p in paths),
          'the Ingress sends everything to the api-gateway Service')
        c(not any(p['path'].startswith(('/q/metrics', '/q/health')) or p['path'] in ('/', '/q') for p in paths),
          'the Ingress does not expose /q/metrics or /q/health')
        hosts = [r.get('host') for r in g(ing, 'spec', 'rules', default=[])]
        if ex['tls']:
            tls = g(ing, 'spec', 'tls', default=[])
            c(bool(tls) and all(h and any(h in t.get('hosts', []) for t in tls) for h in hosts)
              and all(t.get('secretName') for t in tls), 'prod Ingress has a host and TLS for it')

    # Kafka (Strimzi, KRaft, node pools)
    kafka = kinds('Kafka')
    if c(len(kafka) == 1 and kafka[0]['metadata']['name'] == 'kam', 'one Kafka named kam (bootstrap kam-kafka-bootstrap)'):
        k = kafka[0]
        ann = g(k, 'metadata', 'annotations', default={})
        c(ann.get('strimzi.io/node-pools') == 'enabled' and ann.get('strimzi.io/kraft') == 'enabled',
          'Kafka has the node-pools and kraft annotations')
        c(any(l.get('port') == 9092 and l.get('type') == 'internal' for l in g(k, 'spec', 'kafka', 'listeners', default=[])),
          'Kafka has an internal listener on 9092')
        c(g(k, 'spec', 'entityOperator', 'topicOperator') is not None, 'Kafka runs the topic operator')
        c(g(k, 'spec', 'kafka', 'config', 'min.insync.replicas') == ex['min_isr'], 'Kafka min.insync.replicas %d' % ex['min_isr'])
    pools = [p for p in kinds('KafkaNodePool') if g(p, 'metadata', 'labels', 'strimzi.io/cluster') == 'kam']
    c(len(pools) >= 1, 'a KafkaNodePool of cluster kam')
    c(sum(g(p, 'spec', 'replicas', default=0) for p in pools if 'broker' in g(p, 'spec', 'roles', default=[])) == ex['kafka'],
      'Kafka brokers: %d' % ex['kafka'])
    c(sum(g(p, 'spec', 'replicas', default=0) for p in pools if 'controller' in g(p, 'spec', 'roles', default=[])) == ex['kafka'],
      'KRaft controllers: %d' % ex['kafka'])

    topics = {g(t, 'spec', 'topicName') or t['metadata']['name']: t for t in kinds('KafkaTopic')}
    for name in TOPICS:
        for tn in (name, name + '.dlq'):
            t = topics.get(tn)
            if c(t is not None, 'KafkaTopic %s' % tn):
                c(g(t, 'metadata', 'labels', 'strimzi.io/cluster') == 'kam', 'KafkaTopic %s belongs to cluster kam' % tn)
                c(g(t, 'spec', 'partitions') == 6, 'KafkaTopic %s: 6 partitions' % tn)
                c(g(t, 'spec', 'replicas') == ex['topic_rf'], 'KafkaTopic %s: %d replicas' % (tn, ex['topic_rf']))
                c(g(t, 'spec', 'config', 'min.insync.replicas') == ex['min_isr'],
                  'KafkaTopic %s: min.insync.replicas %d' % (tn, ex['min_isr']))
        ev, dlq = topics.get(name), topics.get(name + '.dlq')
        if ev and dlq:
            c(g(dlq, 'spec', 'config', 'retention.ms', default=0) > g(ev, 'spec', 'config', 'retention.ms', default=0) > 0,
              '%s.dlq keeps records longer than %s' % (name, name))

    # PostgreSQL (CloudNativePG): one cluster per service, each used by exactly that service
    service_deps = [d for d in deployments
                    if g(d, 'spec', 'template', 'metadata', 'labels', 'app.kubernetes.io/component') == 'service']
    c(len(clusters) == len(service_deps), '%d CNPG Clusters for %d services' % (len(clusters), len(service_deps)))
    for n, cl in clusters.items():
        c(cl['apiVersion'] == 'postgresql.cnpg.io/v1', 'Cluster %s is postgresql.cnpg.io/v1' % n)
        c(g(cl, 'spec', 'instances') == ex['pg'], 'Cluster %s: %d instances' % (n, ex['pg']))
        initdb = g(cl, 'spec', 'bootstrap', 'initdb', default={})
        c(bool(initdb.get('database')) and bool(initdb.get('owner')), 'Cluster %s: initdb database and owner' % n)
        c(bool(g(cl, 'spec', 'storage', 'size')), 'Cluster %s: storage size' % n)
    return c


def check_backup(docs):
    c = Check('prod+backup')
    clusters = [d for d in docs if d['kind'] == 'Cluster']
    stores = {d['metadata']['name'] for d in docs if d['kind'] == 'ObjectStore'}
    c(len(stores) >= 1, 'an ObjectStore')
    for cl in clusters:
        n = cl['metadata']['name']
        plugins = g(cl, 'spec', 'plugins', default=[])
        c(any(p.get('isWALArchiver') and g(p, 'parameters', 'barmanObjectName') in stores for p in plugins),
          'Cluster %s archives WAL to an ObjectStore' % n)
        c(any(d['kind'] == 'ScheduledBackup' and g(d, 'spec', 'cluster', 'name') == n for d in docs),
          'Cluster %s has a ScheduledBackup' % n)
    for d in docs:
        if d['kind'] != 'Namespace':
            c(g(d, 'metadata', 'namespace') == 'kam', '%s/%s is in namespace kam' % (d['kind'], d['metadata']['name']))
    return c


results = [check_overlay('dev', load('dev')), check_overlay('prod', load('prod')), check_backup(load('prod-backup'))]
failed = 0
for r in results:
    if r.failures:
        failed += len(r.failures)
        for f in r.failures:
            print('FAIL %s: %s' % (r.name, f))
    else:
        print('ok   %s: %d checks' % (r.name, r.passed))
if failed:
    print('check.sh: %d rule(s) broken' % failed)
    sys.exit(1)
print('check.sh: all good')
PY

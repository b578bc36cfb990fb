/**
 * The one definition of what current kubectl (and minikube) make of the commands of the notes: removed,
 * deprecated, in need of a fix, or worth a note, with the command to use now. The facts come from the notes
 * spec (section 5 and the errata it cites). Rules match commands by their parsed form, so a chapter that
 * shows a command in a new place gets its status without anyone copying a list. The command index shows
 * every status; the forms marked `outdated` must not appear in a runnable command of the site
 * (`tests/content/outdated-commands.test.ts`), only as history in a `:::changed` admonition.
 */
import { parseKubectl, type KubectlCommand } from './kubectl';
import type { CommandUse } from './scan';
import { shellWords } from './shellWords';

export type StatusKind = 'removed' | 'deprecated' | 'fix' | 'note';

export interface CommandStatus {
  kind: StatusKind;
  /** Short label shown as a badge: "Removed in kubectl 1.18". */
  label: string;
  /** One or two sentences: what happens today. */
  note: string;
  /** Commands to run instead, or alongside ("see also"). Placeholders in `<...>`. */
  replacements: string[];
  /** Erratum ids of the notes spec, for the curious. */
  errata: string[];
}

interface Rule {
  id: string;
  /** A form current tools reject, warn about or get wrong: a runnable command of the site must not use it. */
  outdated: boolean;
  kubectl?: (parsed: KubectlCommand, command: string) => CommandStatus | undefined;
  other?: (command: string) => CommandStatus | undefined;
  /** Checked for every command, whatever its tool. */
  any?: (command: string) => CommandStatus | undefined;
}

/** The positional word after `kubectl <verb> <type>` as written (`kubia` in `get endpoints kubia`). */
function nameOf(parsed: KubectlCommand): string | undefined {
  return parsed.args[0];
}

/** `kubectl exec -it pod cmd` -> `kubectl exec -it pod -- cmd`: the only change the modern form needs. */
function withDashDash(command: string): string {
  const list = shellWords(command);
  const out: string[] = [];
  let positional = 0;
  for (let i = 0; i < list.length; i += 1) {
    const word = list[i] ?? '';
    if (i > 0 && !word.startsWith('-')) {
      positional += 1;
      // `exec` is the first positional word, the pod the second: the third starts the container's command.
      if (positional === 3) {
        out.push('--', ...list.slice(i));
        break;
      }
    }
    out.push(word);
    if (word.startsWith('-') && !word.includes('=') && ['-c', '--container', '-n', '--namespace'].includes(word)) {
      out.push(list[i + 1] ?? '');
      i += 1;
    }
  }
  return out.join(' ');
}

const RULES: Rule[] = [
  {
    id: 'rolling-update',
    outdated: true,
    kubectl: (parsed) =>
      parsed.verb === 'rolling-update'
        ? {
            kind: 'removed',
            label: 'Removed in kubectl 1.18',
            note: 'kubectl now says `unknown command "rolling-update"`. A Deployment rolls out a new image itself; delete the ReplicationControllers of this example before moving on.',
            replacements: [
              'kubectl set image deployment/<name> <container>=<image>',
              'kubectl rollout status deployment/<name>',
              'kubectl delete rc <name>',
            ],
            errata: ['E61'],
          }
        : undefined,
  },
  {
    id: 'generator',
    outdated: true,
    kubectl: (parsed, command) =>
      parsed.flags.includes('--generator')
        ? {
            kind: 'removed',
            label: 'Flag removed in kubectl 1.21',
            note: '`--generator` gives `unknown flag`; `kubectl run` only ever creates a bare Pod now.',
            replacements: [command.replace(/\s+--generator(=|\s+)\S+/, '')],
            errata: ['E11'],
          }
        : undefined,
  },
  {
    id: 'dnsutils-image',
    outdated: true,
    kubectl: (parsed, command) =>
      parsed.verb === 'run' && /--image[= ]tutum\/dnsutils\b/.test(command)
        ? {
            kind: 'fix',
            label: 'Image unmaintained',
            note: '`tutum/dnsutils` dates from 2015 and may not pull on current container runtimes.',
            replacements: [
              command
                .replace(/\s+--generator(=|\s+)\S+/, '')
                .replace(/tutum\/dnsutils\b/, 'registry.k8s.io/e2e-test-images/jessie-dnsutils:1.3'),
            ],
            errata: ['E13'],
          }
        : undefined,
  },
  {
    id: 'exec-without-dashdash',
    outdated: true,
    kubectl: (parsed, command) =>
      parsed.verb === 'exec' && !parsed.dashDash && parsed.args.length >= 2
        ? {
            kind: 'removed',
            label: 'Removed in kubectl 1.31',
            note: '`kubectl exec POD COMMAND` without `--` fails with "exec [POD] [COMMAND] is not supported anymore".',
            replacements: [withDashDash(command)],
            errata: ['E17', 'E44', 'E51', 'E55'],
          }
        : undefined,
  },
  {
    id: 'record',
    outdated: true,
    kubectl: (parsed) =>
      parsed.flags.includes('--record')
        ? {
            kind: 'deprecated',
            label: 'Flag deprecated in kubectl 1.22',
            note: '`--record` still works but prints a deprecation warning. The CHANGE-CAUSE column of `rollout history` comes from an annotation you set yourself.',
            replacements: ['kubectl annotate deployment/<name> kubernetes.io/change-cause="<why>"'],
            errata: ['E63'],
          }
        : undefined,
  },
  {
    id: 'leader-election-endpoints',
    outdated: true,
    kubectl: (parsed) =>
      parsed.resource === 'endpoints' && /^kube-(scheduler|controller-manager)$/.test(nameOf(parsed) ?? '')
        ? {
            kind: 'fix',
            label: 'Now a Lease',
            note: 'Leader election uses a Lease in `kube-system`, no longer an Endpoints object (and the command needs `-n kube-system`).',
            replacements: [`kubectl get lease ${nameOf(parsed) ?? '<name>'} -n kube-system -o yaml`],
            errata: ['E97'],
          }
        : undefined,
  },
  {
    id: 'endpoint-typo',
    outdated: true,
    kubectl: (parsed, command) =>
      parsed.resource === 'endpoints' && /\s(endpoint)(\s|\/|$)/.test(command)
        ? {
            kind: 'fix',
            label: 'Wrong resource name',
            note: '`endpoint` is not a name kubectl knows: the type is `endpoints` (short name `ep`).',
            replacements: [command.replace(/\sendpoint(?=\s|\/|$)/, ' endpoints')],
            errata: ['E1'],
          }
        : undefined,
  },
  {
    id: 'endpoints-deprecated',
    outdated: false,
    kubectl: (parsed) =>
      parsed.resource === 'endpoints' && !/^kube-/.test(nameOf(parsed) ?? '')
        ? {
            kind: 'deprecated',
            label: 'API deprecated in Kubernetes 1.33',
            note: 'Every read of v1 Endpoints prints a warning; EndpointSlices replace them.',
            replacements: [`kubectl get endpointslices -l kubernetes.io/service-name=${nameOf(parsed) ?? '<svc>'}`],
            errata: ['E1'],
          }
        : undefined,
  },
  {
    id: 'componentstatuses',
    outdated: true,
    kubectl: (parsed) =>
      parsed.resource === 'componentstatuses'
        ? {
            kind: 'deprecated',
            label: 'API deprecated in Kubernetes 1.19',
            note: 'ComponentStatus prints a warning and often reports the scheduler and controller manager as Unhealthy on kubeadm clusters.',
            replacements: ["kubectl get --raw='/readyz?verbose'"],
            errata: ['E83'],
          }
        : undefined,
  },
  {
    id: 'token-secret',
    outdated: false,
    kubectl: (parsed) => {
      const name = nameOf(parsed) ?? '';
      const match = /^(.+)-token-[a-z0-9]+$/.exec(name);
      return parsed.resource === 'secrets' && match
        ? {
            kind: 'note',
            label: 'No token Secret since Kubernetes 1.24',
            note: 'ServiceAccounts no longer get a token Secret automatically; ask for a short-lived token instead.',
            replacements: [`kubectl create token ${match[1] ?? '<sa>'}`],
            errata: ['E102'],
          }
        : undefined;
    },
  },
  {
    id: 'edit-statefulset',
    outdated: false,
    kubectl: (parsed) =>
      parsed.verb === 'edit' && parsed.resource === 'statefulsets'
        ? {
            kind: 'note',
            label: 'Rolls out by itself now',
            note: 'apps/v1 StatefulSets default to `updateStrategy: RollingUpdate`: a template change replaces the pods, highest ordinal first, with no manual delete.',
            replacements: [
              `kubectl set image statefulset/${nameOf(parsed) ?? '<name>'} <container>=<image>`,
              `kubectl scale statefulset ${nameOf(parsed) ?? '<name>'} --replicas=<n>`,
            ],
            errata: ['E80'],
          }
        : undefined,
  },
  {
    id: 'cluster-admin-binding',
    outdated: false,
    kubectl: (parsed, command) =>
      parsed.verb === 'create clusterrolebinding' && /--clusterrole[= ]cluster-admin\b/.test(command)
        ? {
            kind: 'note',
            label: 'Test clusters only',
            note: 'Binding `cluster-admin` to a whole group gives every pod in it full control of the cluster. Grant the least that works.',
            replacements: [
              'kubectl create rolebinding default-view --clusterrole=view --serviceaccount=default:default -n default',
            ],
            errata: ['E53'],
          }
        : undefined,
  },
  {
    id: 'swagger-ui',
    outdated: true,
    other: (command) =>
      /^minikube\s+start\b/.test(command) && /swagger/i.test(command)
        ? {
            kind: 'removed',
            label: 'Removed (Kubernetes 1.14 / 1.24)',
            note: 'The API server serves no Swagger UI any more (the endpoint stopped working in 1.14, the flag went in 1.24); read the OpenAPI document instead.',
            replacements: ['kubectl get --raw /openapi/v3', 'kubectl explain <type>'],
            errata: ['E58'],
          }
        : undefined,
  },
  {
    id: 'minikube-service-list',
    outdated: false,
    other: (command) =>
      /^minikube\s+service\s+list\b/.test(command)
        ? {
            kind: 'note',
            label: 'Not for the ingress address',
            note: 'The ingress addon is ingress-nginx in the `ingress-nginx` namespace now; there is no `default-http-backend` Service to look for.',
            replacements: ['minikube ip', 'kubectl get ingress'],
            errata: ['E5'],
          }
        : undefined,
  },
  {
    id: 'namespaces-typo',
    outdated: true,
    any: (command) =>
      /namepsaces/.test(command)
        ? {
            kind: 'fix',
            label: 'Typo in the URL',
            note: '`namepsaces` names no resource: the API server answers 404 Not Found.',
            replacements: [command.replace(/namepsaces/g, 'namespaces')],
            errata: [],
          }
        : undefined,
  },
];

/** Every rule that applies to a command, with its status. `tool` is CommandUse.tool. */
function applying(tool: string, command: string): { rule: Rule; status: CommandStatus }[] {
  const parsed = tool === 'kubectl' ? parseKubectl(command) : undefined;
  return RULES.flatMap((rule) => {
    const status = rule.any?.(command) ?? (parsed ? rule.kubectl?.(parsed, command) : rule.other?.(command));
    return status ? [{ rule, status }] : [];
  });
}

/** Every status that applies to a command (most have none). `tool` is CommandUse.tool. */
export function statusesOf(tool: string, command: string): CommandStatus[] {
  return applying(tool, command).map(({ status }) => status);
}

export interface OutdatedUse {
  use: CommandUse;
  /** The rule's id: `exec-without-dashdash`, `generator`... */
  form: string;
  status: CommandStatus;
}

/** The runnable commands (code block lines outside `:::changed`) that use an outdated form. */
export function outdatedUses(uses: CommandUse[]): OutdatedUse[] {
  return uses
    .filter((use) => use.where === 'block' && !use.history)
    .flatMap((use) =>
      applying(use.tool, use.command)
        .filter(({ rule }) => rule.outdated)
        .map(({ rule, status }) => ({ use, form: rule.id, status })),
    );
}

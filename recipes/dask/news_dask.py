#!/usr/bin/python3
"""News Annotator over a Dask cluster: JSON Lines archives analysed and grouped into stories.

Every partition is piped through one Node CLI process (the model loads once per process); Dask
only moves lines around. Stories run the CLI's own map-reduce steps (src/core/corpus/storyKeys.ts):

    analysis --(stories --stats, summed)--> term counts
    analysis --(stories --map)--> {key,id} --groupby key--> (stories --link) --> links
    links --(stories --components, on the client)--> component of each article
    analysis --groupby component--> (stories --reduce) --> partial stories --(stories --finish)--> stories

The output is the single-process CLI's (`analyze --jsonl --features`, then `stories --jsonl`).

    python3 recipes/dask/news_dask.py analyze  IN.jsonl... --out DIR [--scheduler ADDR | --workers N]
    python3 recipes/dask/news_dask.py stories  ANALYSIS.jsonl... --out FILE [...]
    python3 recipes/dask/news_dask.py pipeline IN.jsonl... --out DIR [...]   (both; DIR/analysis/*.jsonl, DIR/stories.jsonl)

Without --scheduler a LocalCluster of --workers processes (one thread each) listens on 127.0.0.1.
Side files (term counts, components) go to --work, which every worker must see (a shared disk on a
real cluster; the local disk for a LocalCluster).
"""
import argparse
import json
import os
import resource
import subprocess
import sys
import tempfile
import time
import zlib

import dask.bag as db
from distributed import Client, LocalCluster, get_worker

HERE = os.path.dirname(os.path.abspath(__file__))
DEFAULT_CLI = os.path.normpath(os.path.join(HERE, '..', '..', 'dist', 'cli.js'))


TIME = '/usr/bin/time'


def pipe(lines, argv):
    """Runs one CLI process over a partition's lines; returns its output lines (exit 1 = some bad lines, kept)."""
    data = ''.join(l if l.endswith('\n') else l + '\n' for l in lines).encode('utf-8')
    peak_file = None
    if os.path.exists(TIME):  # GNU time gives the CLI process's peak RSS and CPU time
        fd, peak_file = tempfile.mkstemp(prefix='news-rss-')
        os.close(fd)
        argv = [TIME, '-f', '%M %U %S', '-o', peak_file] + argv
    try:
        r = subprocess.run(argv, input=data, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
        if peak_file:
            note_cli_peak(peak_file)
    finally:
        if peak_file:
            os.unlink(peak_file)
    if r.returncode not in (0, 1):
        raise RuntimeError('%s failed (%d): %s' % (' '.join(argv[-6:]), r.returncode, r.stderr.decode('utf-8', 'replace')[-2000:]))
    return r.stdout.decode('utf-8').splitlines()


def note_cli_peak(peak_file):
    try:
        kb, user, system = open(peak_file).read().split('\n')[-2].split()
        kb, cpu = int(kb), float(user) + float(system)
    except (ValueError, IndexError, OSError):
        return
    try:
        w = get_worker()
    except ValueError:
        return  # not on a worker (a step run on the client)
    w._news_cli_peak_kb = max(getattr(w, '_news_cli_peak_kb', 0), kb)
    w._news_cli_cpu_s = getattr(w, '_news_cli_cpu_s', 0.0) + cpu


def stable_hash(key):
    """Groups are formed by this hash, not Python's hash() of a string, which differs from one
    worker process to the next (PYTHONHASHSEED): a key's lines would land in several groups."""
    return zlib.crc32(key.encode('utf-8'))


def grouped_lines(groups, field):
    """(hash, [(key, json), ...]) groups -> {"key", field} lines, each key's lines together, as the
    CLI's grouped steps read them (keys sharing a hash are sorted apart)."""
    out = []
    for _, items in groups:
        for key, item in sorted(items, key=lambda kv: kv[0]):
            out.append('{"key":%s,"%s":%s}' % (json.dumps(key), field, item))
    return out


def key_and_id(line):
    v = json.loads(line)
    return (v['key'], json.dumps(v['id']))


def worker_memory(dask_worker):
    """Peak RSS (MB) of this worker process and of the largest CLI process it ran."""
    self_kb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return {
        'worker_mb': round(self_kb / 1024),
        'cli_mb': round(getattr(dask_worker, '_news_cli_peak_kb', 0) / 1024),
        'cli_cpu_s': round(getattr(dask_worker, '_news_cli_cpu_s', 0.0), 2),
    }


class Run:
    def __init__(self, args):
        self.node = args.node
        self.cli = args.cli
        self.blocksize = args.blocksize
        self.work = args.work or tempfile.mkdtemp(prefix='news-dask-')
        os.makedirs(self.work, exist_ok=True)

    def cmd(self, *a):
        return [self.node, self.cli] + list(a) + ['--quiet']

    def read(self, paths):
        return db.read_text(paths, blocksize=self.blocksize).map(lambda l: l.rstrip('\r\n')).filter(lambda l: l.strip() != '')

    def analyze(self, bag):
        return bag.map_partitions(pipe, self.cmd('analyze', '--jsonl', '--features'))

    def local(self, lines, *a):
        """A small step on the client (summing counts, union-find): one CLI process."""
        return pipe(lines, self.cmd(*a))

    def stories(self, analysis, npartitions):
        stats_file = os.path.join(self.work, 'stats.jsonl')
        partial = analysis.map_partitions(pipe, self.cmd('stories', '--stats')).compute()
        write_lines(stats_file, self.local(partial, 'stories', '--stats'))

        keys = analysis.map_partitions(pipe, self.cmd('stories', '--map', '--stats', stats_file))
        groups = keys.map(key_and_id).groupby(lambda kv: stable_hash(kv[0]), npartitions=npartitions, shuffle='tasks')
        links = groups.map_partitions(lambda gs: pipe(grouped_lines(gs, 'id'), self.cmd('stories', '--link'))).compute()
        comp_file = os.path.join(self.work, 'components.jsonl')
        write_lines(comp_file, self.local(links, 'stories', '--components'))

        component = {}
        for l in read_lines(comp_file):
            v = json.loads(l)
            if 'id' in v:
                component[v['id']] = v['component']
        # Articles in no link are a component of their own.
        by_comp = analysis.filter(lambda l: '"features"' in l).map(lambda l, c=component: (c.get(json.loads(l)['id'], json.loads(l)['id']), l))
        comp_groups = by_comp.groupby(lambda kv: stable_hash(kv[0]), npartitions=npartitions, shuffle='tasks')
        partials = comp_groups.map_partitions(
            lambda gs: pipe(grouped_lines(gs, 'article'), self.cmd('stories', '--reduce', '--stats', stats_file, '--capped', comp_file))
        ).compute()
        return self.local(partials, 'stories', '--finish')


def write_lines(path, lines):
    tmp = path + '.tmp'
    with open(tmp, 'w', encoding='utf-8') as f:
        for l in lines:
            f.write(l + '\n')
    os.replace(tmp, path)  # never a half-written output


def read_lines(path):
    with open(path, encoding='utf-8') as f:
        return [l for l in f.read().splitlines() if l.strip()]


def main(argv=None):
    p = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument('command', choices=['analyze', 'stories', 'pipeline'])
    p.add_argument('inputs', nargs='+')
    p.add_argument('--out', required=True)
    p.add_argument('--scheduler', help='address of a running scheduler (else a LocalCluster on 127.0.0.1)')
    p.add_argument('--workers', type=int, default=2)
    p.add_argument('--blocksize', default='4MiB', help='bytes of input per partition')
    p.add_argument('--partitions', type=int, default=0, help='partitions after a group-by (default: input partitions)')
    p.add_argument('--work', help='folder for side files every worker can read')
    p.add_argument('--node', default=os.environ.get('NODE', 'node'))
    p.add_argument('--cli', default=DEFAULT_CLI)
    p.add_argument('--report', help='write timings and peak memory per worker (JSON) here')
    args = p.parse_args(argv)
    if not os.path.exists(args.cli):
        sys.exit('no CLI bundle at %s: run npm run build' % args.cli)

    cluster = None
    if args.scheduler:
        client = Client(args.scheduler)
    else:
        cluster = LocalCluster(n_workers=args.workers, threads_per_worker=1, processes=True, host='127.0.0.1', dashboard_address=None)
        client = Client(cluster)
    run = Run(args)
    report = {'workers': len(client.scheduler_info()['workers'])}
    try:
        t0 = time.time()
        if args.command in ('analyze', 'pipeline'):
            bag = run.read(args.inputs)
            out_dir = os.path.join(args.out, 'analysis') if args.command == 'pipeline' else args.out
            os.makedirs(out_dir, exist_ok=True)
            analysis = run.analyze(bag)
            # Part files named so that sorting them keeps the input's order.
            analysis.to_textfiles(os.path.join(out_dir, '*.jsonl'), name_function=lambda i: '%06d' % i, last_endline=True)
            report['analyze_s'] = round(time.time() - t0, 2)
            report['partitions'] = bag.npartitions
            analysis_paths = sorted(os.path.join(out_dir, f) for f in os.listdir(out_dir) if f.endswith('.jsonl'))
        else:
            analysis_paths = args.inputs
        if args.command in ('stories', 'pipeline'):
            t1 = time.time()
            analysis = run.read(analysis_paths)
            stories = run.stories(analysis, args.partitions or analysis.npartitions)
            write_lines(os.path.join(args.out, 'stories.jsonl') if args.command == 'pipeline' else args.out, stories)
            report['stories_s'] = round(time.time() - t1, 2)
        report['memory'] = client.run(worker_memory)
        if args.report:
            with open(args.report, 'w') as f:
                json.dump(report, f)
        print(json.dumps(report), file=sys.stderr)
    finally:
        client.close()
        if cluster:
            cluster.close()


if __name__ == '__main__':
    main()

# Inputs for tools/text_snapshot.cpp: every string literal of the text tests and docs, both news
# corpora (whole lines and each field), ../shared/seeds, the fuzz corpus and 42,000 generated phrases
# and running texts (fixed seed), separated by NUL bytes.
# python3 tools/text_snapshot_inputs.py REPO_ROOT OUT.bin
import re, glob, random, os
import sys
root=sys.argv[1] if len(sys.argv) > 1 else '.'
lit=re.compile(r'"((?:[^"\\\n]|\\.)*)"')
def dec(s):
    out=bytearray(); i=0
    while i<len(s):
        c=s[i]
        if c=='\\' and i+1<len(s):
            d=s[i+1]
            if d=='u': out+=chr(int(s[i+2:i+6],16)).encode(); i+=6; continue
            if d=='U': out+=chr(int(s[i+2:i+10],16)).encode(); i+=10; continue
            if d=='x':
                m=re.match(r'[0-9a-fA-F]{1,2}',s[i+2:]); out.append(int(m.group(0),16)); i+=2+len(m.group(0)); continue
            out+={'n':b'\n','t':b'\t','"':b'"','\\':b'\\',"'":b"'",'0':b'\0'}.get(d,d.encode()); i+=2; continue
        out+=c.encode(); i+=1
    return bytes(out)
recs=[]
for f in sorted(glob.glob(root+'/tests/text/*.cpp')+glob.glob(root+'/tests/text/*.hpp')+glob.glob(root+'/docs/text.md')+glob.glob(root+'/benchmarks/text/*.cpp')):
    for m in lit.finditer(open(f,encoding='utf-8').read()):
        b=dec(m.group(1))
        if b and b'\0' not in b: recs.append(b)
vocab=[]
for m in lit.finditer(open(root+'/include/aiscale/text/detail/vocabulary.hpp',encoding='utf-8').read()):
    b=dec(m.group(1))
    if b and b'\0' not in b: vocab.append(b)
vocab=sorted(set(vocab))
for f in ['tests/text/news_corpus.txt','tests/text/news_corpus_failing.txt']:
    for line in open(root+'/'+f,'rb').read().split(b'\n'):
        if line and not line.startswith(b'#'):
            recs.append(line)
            for part in line.split(b'|'):
                if part.strip(): recs.append(part.strip())
for f in sorted(glob.glob(root+'/../shared/seeds/*')):
    d=open(f,'rb').read(); recs.append(d.replace(b'\0',b' '))
    recs.extend(l for l in d.split(b'\n') if l)
for f in sorted(glob.glob(root+'/fuzz/corpus/*/*')):
    d=open(f,'rb').read(); recs.extend(x for x in d.split(b'\0') if x)
rnd=random.Random(12)
nums=[b'3',b'75',b'1.5',b'1,5',b'1.000',b'1,000',b'3 000',b'3\xc2\xa0000',b'3\xe2\x80\xaf000',b'2025',b'0.078',b'10^26',b'100.000',b'12,345.6',b'1.234,5',b'999999999999999999999',b'0',b'-5',b'+2',b'\xe2\x88\x923',b'\xe2\x80\x935',b'.5',b',5',b'25-30',b'5\xe2\x80\x936',b'1e3',b'70B',b'3B',b'1/2']
seps=[b' ',b'',b'  ',b'-',b'\xc2\xa0',b'/',b' / ',b"'",b'\xe2\x80\x99',b', ',b'. ',b' (',b')',b'\xe2\x80\x89']
other=[b'GPUs',b'H100',b'Nvidia',b'AI',b'KI-Chips',b'kw',b'per',b'a',b'de',b'the',b'und',b'et',b'\xff',b'\xc3',b'x',b'2030',b'by',b'bis',b'Ende',b'\xe2\x82\xac',b'$',b'US$',b'U$S',b'of',b'year']
frags=vocab+other
for k in range(40000):
    parts=[]
    for _ in range(rnd.randint(1,6)):
        r=rnd.random()
        parts.append(rnd.choice(nums) if r<0.35 else rnd.choice(frags))
        parts.append(rnd.choice(seps) if rnd.random()<0.4 else b' ')
    p=b''.join(parts).strip()
    if p: recs.append(p)
# generated running texts: phrases within sentences
for k in range(2000):
    words=[]
    for _ in range(rnd.randint(5,40)):
        r=rnd.random()
        words.append(rnd.choice(nums) if r<0.2 else rnd.choice(frags) if r<0.6 else rnd.choice([b'the',b'die',b'les',b'de',b'het',b'el',b'il',b'company',b'Unternehmen',b'will',b'spend',b'in',b'for',b'and',b'und',b'et',b'y',b'e',b'.',b',']))
    recs.append(b' '.join(words))
open(sys.argv[2] if len(sys.argv) > 2 else 'text_snapshot_inputs.bin','wb').write(b'\0'.join(recs))
print(len(recs), sum(len(r) for r in recs))

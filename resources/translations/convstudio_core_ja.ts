<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ja">
<context>
    <name>ConfigError</name>
    <message>
        <source>params must be a ConvParams, got {type}</source>
        <translation>params は ConvParams でなければなりませんが、{type} が渡されました</translation>
    </message>
    <message>
        <source>padding for one axis must be a number or a pair (before, after), got {n} values</source>
        <translation>1 軸分のパディングは 1 つの数か (before, after) の組でなければなりませんが、{n} 個の値が渡されました</translation>
    </message>
    <message>
        <source>kernel {kh}×{kw} (dilated to {sh}×{sw})</source>
        <translation>カーネル {kh}×{kw}（ダイレーション後は {sh}×{sw}）</translation>
    </message>
    <message>
        <source>kernel {kh}×{kw}</source>
        <translation>カーネル {kh}×{kw}</translation>
    </message>
    <message>
        <source>{kernel} does not fit the padded input {ph}×{pw} (input {h}×{w}): the output would be empty; add padding of at least {add} on each side, use a smaller kernel or less dilation</source>
        <translation>{kernel} はパディング後の入力 {ph}×{pw}（入力 {h}×{w}）に収まりません。出力が空になります。各辺に {add} 以上のパディングを加えるか、より小さいカーネルか小さいダイレーションを使ってください</translation>
    </message>
    <message>
        <source>groups={groups} must divide the {c_in} input channels; use a divisor of {c_in}</source>
        <translation>groups={groups} は入力チャンネル数 {c_in} を割り切れなければなりません。{c_in} の約数を使ってください</translation>
    </message>
    <message>
        <source>groups={groups} must divide the {c_out} output channels (filters); use a divisor of {c_out}</source>
        <translation>groups={groups} は出力チャンネル（フィルター）数 {c_out} を割り切れなければなりません。{c_out} の約数を使ってください</translation>
    </message>
    <message>
        <source>the weight expects {per_group} input channel(s) per group × {groups} group(s) = {total}, but the input has {c_in} channel(s); give the weight shape ({c_out}, {fix}, kh, kw)</source>
        <translation>重みはグループあたり {per_group} 入力チャンネル × {groups} グループ = {total} を想定していますが、入力は {c_in} チャンネルです。重みの形状を ({c_out}, {fix}, kh, kw) にしてください</translation>
    </message>
    <message>
        <source>flip must be True or False, got {flip}</source>
        <translation>flip は True か False でなければなりませんが、{flip} が渡されました</translation>
    </message>
    <message>
        <source>bias has {n} values but there are {c_out} output channels; give one bias per filter</source>
        <translation>バイアスは {n} 個ですが、出力チャンネルは {c_out} 個です。フィルターごとに 1 つのバイアスを指定してください</translation>
    </message>
    <message>
        <source>the coverage map of a {h}×{w} input</source>
        <translation>{h}×{w} の入力のカバレッジマップ</translation>
    </message>
    <message>
        <source>use a smaller input</source>
        <translation>より小さい入力を使ってください</translation>
    </message>
    <message>
        <source>unknown padding {padding}; use one of {names}, a number, a pair (ph, pw) or ((top, bottom), (left, right))</source>
        <translation>不明なパディング {padding} です。{names} のいずれか、数、(ph, pw) の組、または ((top, bottom), (left, right)) を使ってください</translation>
    </message>
    <message>
        <source>{name} cannot be negative, got {value}; use 0 or more</source>
        <translation>{name}は負の値にできませんが、{value} が渡されました。0 以上を使ってください</translation>
    </message>
    <message>
        <source>padding as a sequence must be (ph, pw) or ((top, bottom), (left, right)), got {n} values</source>
        <translation>シーケンスで指定するパディングは (ph, pw) か ((top, bottom), (left, right)) でなければなりませんが、{n} 個の値が渡されました</translation>
    </message>
    <message>
        <source>padding top/bottom must be a pair of numbers, got {n} values</source>
        <translation>上/下のパディングは 2 つの数の組でなければなりませんが、{n} 個の値が渡されました</translation>
    </message>
    <message>
        <source>padding left/right must be a pair of numbers, got {n} values</source>
        <translation>左/右のパディングは 2 つの数の組でなければなりませんが、{n} 個の値が渡されました</translation>
    </message>
    <message>
        <source>unknown padding mode {mode}; use one of {modes}</source>
        <translation>不明なパディングモード {mode} です。次のいずれかを使ってください：{modes}</translation>
    </message>
    <message>
        <source>reflect padding of {pad} needs an input height of at least {need}, but it is {n}: reflect mirrors the cells next to the edge, so each pad must be smaller than the height; use padding ≤ {fit}, replicate or zeros</source>
        <translation>反射（reflect）パディング {pad} には入力の高さが {need} 以上必要ですが、{n} しかありません。反射は端の隣のセルを鏡映するため、各辺のパディングは高さより小さくなければなりません。{fit} 以下のパディングにするか、複製（replicate）かゼロ（zeros）を使ってください</translation>
    </message>
    <message>
        <source>reflect padding of {pad} needs an input width of at least {need}, but it is {n}: reflect mirrors the cells next to the edge, so each pad must be smaller than the width; use padding ≤ {fit}, replicate or zeros</source>
        <translation>反射（reflect）パディング {pad} には入力の幅が {need} 以上必要ですが、{n} しかありません。反射は端の隣のセルを鏡映するため、各辺のパディングは幅より小さくなければなりません。{fit} 以下のパディングにするか、複製（replicate）かゼロ（zeros）を使ってください</translation>
    </message>
    <message>
        <source>{mode} padding of {pad} is larger than the input height {n}: it can repeat the input at most once; use padding ≤ {n} or replicate/zeros</source>
        <translation>{mode}パディング {pad} が入力の高さ {n} より大きくなっています。入力を繰り返せるのは 1 回までです。{n} 以下のパディングにするか、複製（replicate）/ゼロ（zeros）を使ってください</translation>
    </message>
    <message>
        <source>{mode} padding of {pad} is larger than the input width {n}: it can repeat the input at most once; use padding ≤ {n} or replicate/zeros</source>
        <translation>{mode}パディング {pad} が入力の幅 {n} より大きくなっています。入力を繰り返せるのは 1 回までです。{n} 以下のパディングにするか、複製（replicate）/ゼロ（zeros）を使ってください</translation>
    </message>
    <message>
        <source>the padded input ({h}×{w} with padding {pads})</source>
        <translation>パディング後の入力（{h}×{w}、パディング {pads}）</translation>
    </message>
    <message>
        <source>use less padding or a smaller input</source>
        <translation>パディングを減らすか、より小さい入力を使ってください</translation>
    </message>
    <message>
        <source>unknown preset {name}; the presets are {names} (convstudio --list-presets describes them)</source>
        <translation>不明なプリセット {name} です。プリセットは {names} です（convstudio --list-presets で説明を表示できます）</translation>
    </message>
    <message>
        <source>{name} must be at most {maximum}, got {value}</source>
        <translation>{name}は {maximum} 以下でなければなりませんが、{value} が渡されました</translation>
    </message>
    <message>
        <source>unknown input kind {kind}; use one of {kinds}</source>
        <translation>不明な入力の種類 {kind} です。次のいずれかを使ってください：{kinds}</translation>
    </message>
    <message>
        <source>unknown kernel kind {kind}; use one of {kinds}</source>
        <translation>不明なカーネルの種類 {kind} です。次のいずれかを使ってください：{kinds}</translation>
    </message>
    <message>
        <source>the {kind} kernel is {fh}×{fw} by definition, not {kh}×{kw}; set the kernel size to {fh}×{fw} or pick identity, box, gaussian or random</source>
        <translation>{kind} カーネルは定義上 {fh}×{fw} で、{kh}×{kw} にはできません。カーネルサイズを {fh}×{fw} にするか、恒等（identity）、平均ぼかし（box）、ガウスぼかし（gaussian）、ランダム（random）のいずれかを選んでください</translation>
    </message>
    <message>
        <source>{name} must be at least {minimum}, got {value}; use {minimum} or more</source>
        <translation>{name}は {minimum} 以上でなければなりませんが、{value} が渡されました。{minimum} 以上を使ってください</translation>
    </message>
    <message>
        <source>{name} is {value}, more than the largest supported value {max}; use a smaller number</source>
        <translation>{name}が {value} で、扱える最大値 {max} を超えています。より小さい数を使ってください</translation>
    </message>
    <message>
        <source>{name} must be a whole number, got {value} ({type}); use an integer such as {example}</source>
        <translation>{name}は整数でなければなりませんが、{value}（{type}）が渡されました。{example} のような整数を使ってください</translation>
    </message>
    <message>
        <source>{what} would hold {count} values, more than the {max} convstudio can handle; {fix}</source>
        <translation>{what}は {count} 個の値になり、convstudio が扱える {max} 個を超えます。{fix}</translation>
    </message>
    <message>
        <source>{name} must be one number or a pair (height, width), got {n} values</source>
        <translation>{name}は 1 つの数か (高さ, 幅) の組でなければなりませんが、{n} 個の値が渡されました</translation>
    </message>
    <message>
        <source>{name} must be a number, got {value}; use one such as 0.0</source>
        <translation>{name}は数値でなければなりませんが、{value} が渡されました。0.0 のような数値を使ってください</translation>
    </message>
    <message>
        <source>{name} is {value}, too large for a float64; use an ordinary value</source>
        <translation>{name}が {value} で、float64 には大きすぎます。通常の値を使ってください</translation>
    </message>
    <message>
        <source>{name} must be a finite number, got {value}; use an ordinary value</source>
        <translation>{name}は有限の数でなければなりませんが、{value} が渡されました。通常の値を使ってください</translation>
    </message>
    <message>
        <source>{name} is not a rectangular array of numbers ({detail}); give every row the same length</source>
        <translation>{name}が長方形の数値配列になっていません（{detail}）。すべての行を同じ長さにしてください</translation>
    </message>
    <message>
        <source>{name} must hold real numbers, not complex ones; pass the real part (x.real)</source>
        <translation>{name}は複素数ではなく実数でなければなりません。実部 (x.real) を渡してください</translation>
    </message>
    <message>
        <source>{name} must contain numbers only, got text; convert the values to numbers first</source>
        <translation>{name}には数値だけが入っている必要がありますが、テキストが含まれています。先に値を数値に変換してください</translation>
    </message>
    <message>
        <source>{name} must contain numbers only, got values of type {dtype}; convert them to float or int first</source>
        <translation>{name}には数値だけが入っている必要がありますが、型 {dtype} の値が含まれています。先に float か int に変換してください</translation>
    </message>
    <message>
        <source>{name} must be {shapes}, got a {ndim}-D array of shape {shape}; reshape it to one of those</source>
        <translation>{name}は {shapes} でなければなりませんが、形状 {shape} の {ndim} 次元配列が渡されました。そのいずれかの形に変形してください</translation>
    </message>
    <message>
        <source>{name} is empty (shape {shape}); every dimension must be at least 1</source>
        <translation>{name}が空です（形状 {shape}）。各次元は 1 以上でなければなりません</translation>
    </message>
    <message>
        <source>{name} contains NaN or infinity (first at index {index}); replace it with an ordinary number</source>
        <translation>{name}に NaN か無限大が含まれています（最初はインデックス {index}）。通常の数値に置き換えてください</translation>
    </message>
    <message>
        <source>{name} must contain numbers only, got {value} ({type}) at index {index}; give a rectangular array of ordinary numbers</source>
        <translation>{name}には数値だけが入っている必要がありますが、インデックス {index} に {value}（{type}）があります。通常の数値からなる長方形の配列を渡してください</translation>
    </message>
    <message>
        <source>{name} must contain numbers only, got {value} ({type}); give a rectangular array of ordinary numbers</source>
        <translation>{name}には数値だけが入っている必要がありますが、{value}（{type}）が渡されました。通常の数値からなる長方形の配列を渡してください</translation>
    </message>
    <message>
        <source>{name} must contain numbers only, got a value too large for float64; use ordinary numbers</source>
        <translation>{name}には数値だけが入っている必要がありますが、float64 には大きすぎる値があります。通常の数値を使ってください</translation>
    </message>
    <message>
        <source>{first} or {second}</source>
        <translation>{first} または {second}</translation>
    </message>
    <message>
        <source>1-D (L)</source>
        <translation>1 次元 (L)</translation>
    </message>
    <message>
        <source>2-D (H, W)</source>
        <translation>2 次元 (H, W)</translation>
    </message>
    <message>
        <source>3-D (C, H, W)</source>
        <translation>3 次元 (C, H, W)</translation>
    </message>
    <message>
        <source>4-D (C_out, C_in/groups, kh, kw)</source>
        <translation>4 次元 (C_out, C_in/groups, kh, kw)</translation>
    </message>
    <message>
        <source>{rank}-D</source>
        <translation>{rank} 次元</translation>
    </message>
    <message>
        <source>params must be a ConvParams, got {type}; build one with ConvParams(stride=..., padding=..., ...)</source>
        <translation>params は ConvParams でなければなりませんが、{type} が渡されました。ConvParams(stride=..., padding=..., ...) で作成してください</translation>
    </message>
    <message>
        <source>setting {side}: {error}</source>
        <translation>設定 {side}：{error}</translation>
    </message>
    <message>
        <source>unknown padding {padding} for a sequence; use one of {names}, a number or a pair (left, right)</source>
        <translation>系列に対する不明なパディング {padding} です。{names} のいずれか、数、または (left, right) の組を使ってください</translation>
    </message>
    <message>
        <source>padding of a sequence must be one number or a pair (left, right), got {n} values</source>
        <translation>系列のパディングは 1 つの数か (left, right) の組でなければなりませんが、{n} 個の値が渡されました</translation>
    </message>
    <message>
        <source>padding &quot;same&quot; needs stride 1 (PyTorch refuses it for strided convolutions), but the stride is {s}; use stride 1, or explicit padding ({left}, {right}), which is TensorFlow&apos;s &quot;same&quot; at stride {s}</source>
        <translation>パディング &quot;same&quot; にはストライド 1 が必要ですが（PyTorch はストライドのある畳み込みでは受け付けません）、ストライドが {s} です。ストライドを 1 にするか、明示的なパディング ({left}, {right}) を使ってください（ストライド {s} での TensorFlow の &quot;same&quot; に相当します）</translation>
    </message>
    <message>
        <source>reflect padding of {pad} needs a sequence of length at least {need}, but it is {n}: reflect mirrors the cells next to the end, so each pad must be shorter than the sequence; use padding ≤ {fit}, replicate or zeros</source>
        <translation>反射（reflect）パディング {pad} には長さ {need} 以上の系列が必要ですが、{n} しかありません。反射は端の隣のセルを鏡映するため、各端のパディングは系列より短くなければなりません。{fit} 以下のパディングにするか、複製（replicate）かゼロ（zeros）を使ってください</translation>
    </message>
    <message>
        <source>{mode} padding of {pad} is longer than the sequence ({n}): it can repeat the sequence at most once; use padding ≤ {n} or replicate/zeros</source>
        <translation>{mode}パディング {pad} が系列の長さ（{n}）より長くなっています。系列を繰り返せるのは 1 回までです。{n} 以下のパディングにするか、複製（replicate）/ゼロ（zeros）を使ってください</translation>
    </message>
    <message>
        <source>a kernel of length {k} (dilated to {span})</source>
        <translation>長さ {k} のカーネル（ダイレーション後は {span}）</translation>
    </message>
    <message>
        <source>a kernel of length {k}</source>
        <translation>長さ {k} のカーネル</translation>
    </message>
    <message>
        <source>{kernel} does not fit the padded sequence of length {padded} (input length {n}): the output would be empty; add at least {add} cells of padding in total, use a smaller kernel or less dilation</source>
        <translation>{kernel}はパディング後の長さ {padded} の系列（入力の長さ {n}）に収まりません。出力が空になります。パディングを合計 {add} セル以上加えるか、より小さいカーネルか小さいダイレーションを使ってください</translation>
    </message>
    <message>
        <source>{name} must have shape {shapes}, got a {ndim}-D array of shape {shape}; reshape it to one of those</source>
        <translation>{name}の形状は {shapes} でなければなりませんが、形状 {shape} の {ndim} 次元配列が渡されました。そのいずれかの形に変形してください</translation>
    </message>
    <message>
        <source>the weight expects {per_group} input channel(s) per group × {groups} group(s) = {total}, but the input has {c_in} channel(s); give the weight shape ({c_out}, {fix}, k)</source>
        <translation>重みはグループあたり {per_group} 入力チャンネル × {groups} グループ = {total} を想定していますが、入力は {c_in} チャンネルです。重みの形状を ({c_out}, {fix}, k) にしてください</translation>
    </message>
    <message>
        <source>the {what} text holds no numbers; paste rows of numbers, one row per line</source>
        <translation>{what}：数値が見つかりません。数値を行ごとに改行して貼り付けてください</translation>
    </message>
    <message>
        <source>the {what} rows differ in length: row 1 has {first} numbers, row {row} has {count}; every row needs the same number of cells</source>
        <translation>{what}：行の長さがそろっていません（1 行目は {first} 個、{row} 行目は {count} 個）。すべての行を同じセル数にしてください</translation>
    </message>
    <message>
        <source>the {what} text is {h}×{w}, larger than {max}×{max}; paste a smaller matrix</source>
        <translation>{what}：{h}×{w} で、{max}×{max} を超えています。より小さい行列を貼り付けてください</translation>
    </message>
    <message>
        <source>{what} row {row}, column {col}: {cell!r} is not a finite number; type a number such as 3, -1.5 or 2e-3</source>
        <translation>{what}の {row} 行 {col} 列目：{cell!r} は有限の数ではありません。3、-1.5、2e-3 のような数を入力してください</translation>
    </message>
    <message>
        <source>the {what} state must be a mapping, got {value}</source>
        <translation>{what} の状態はマッピング（辞書）でなければなりませんが、{value} が渡されました</translation>
    </message>
    <message>
        <source>unknown key(s) {keys} in the {what} state; the keys are: {known}</source>
        <translation>{what} の状態に不明なキー {keys} があります。使えるキー：{known}</translation>
    </message>
    <message>
        <source>&apos;{key}&apos; must be a whole number from {lo} to {hi}, got {value}</source>
        <translation>&apos;{key}&apos; は {lo}〜{hi} の整数でなければなりませんが、{value} が渡されました</translation>
    </message>
    <message>
        <source>&apos;{key}&apos; must be a pair [rows, columns] of whole numbers from {lo} to {hi}, got {value}</source>
        <translation>&apos;{key}&apos; は {lo}〜{hi} の整数の組 [行, 列] でなければなりませんが、{value} が渡されました</translation>
    </message>
    <message>
        <source>&apos;{key}&apos; must be true or false, got {value}</source>
        <translation>&apos;{key}&apos; は true か false でなければなりませんが、{value} が渡されました</translation>
    </message>
    <message>
        <source>&apos;{key}&apos; must be one of {options}, got {value}</source>
        <translation>&apos;{key}&apos; は {options} のいずれかでなければなりませんが、{value} が渡されました</translation>
    </message>
    <message>
        <source>&apos;input_values&apos; must be a list of rows of numbers, {lo} to {hi} each way, for the custom input; got {value}</source>
        <translation>カスタム入力の &apos;input_values&apos; は、縦横とも {lo}〜{hi} 個の数値の行からなるリストでなければなりませんが、{value} が渡されました</translation>
    </message>
    <message>
        <source>&apos;input_values&apos; must hold ordinary (finite) numbers</source>
        <translation>&apos;input_values&apos; には通常の（有限の）数値しか入れられません</translation>
    </message>
    <message>
        <source>&apos;{key}&apos; is {size} but &apos;input_values&apos; is {h}×{w}; make them agree</source>
        <translation>&apos;{key}&apos; は {size} ですが、&apos;input_values&apos; は {h}×{w} です。両者を一致させてください</translation>
    </message>
    <message>
        <source>pooling</source>
        <translation>プーリング</translation>
    </message>
    <message>
        <source>&apos;input_values&apos; is only for the input kind &apos;custom&apos;</source>
        <translation>&apos;input_values&apos; は入力の種類が &apos;custom&apos; のときだけ使えます</translation>
    </message>
    <message>
        <source>pooling kind must be &quot;max&quot; or &quot;avg&quot;, got {kind}</source>
        <translation>プーリングの種類は &quot;max&quot; か &quot;avg&quot; でなければなりませんが、{kind} が渡されました</translation>
    </message>
    <message>
        <source>average pooling has no dilation (PyTorch&apos;s avg_pool2d takes none), got {d}; use dilation 1</source>
        <translation>平均値プーリングにはダイレーションがありません（PyTorch の avg_pool2d は受け付けません）が、{d} が渡されました。ダイレーションは 1 にしてください</translation>
    </message>
    <message>
        <source>{name} is {p}, more than half the pooling kernel {k} (at most {half}): a window at the edge would hold mostly padding; use padding {half} or less, or a larger kernel</source>
        <translation>{name}が {p} で、プーリングのカーネル {k} の半分（最大 {half}）を超えています。端のウィンドウがほとんどパディングになってしまいます。パディングを {half} 以下にするか、より大きいカーネルを使ってください</translation>
    </message>
    <message>
        <source>the pooling window spans {span} cells (kernel {k}, dilation {d}) but the padded input has only {padded} (input {n} + padding 2·{p}): the output would be empty; use a smaller kernel or dilation, or a larger input</source>
        <translation>プーリングのウィンドウは {span} セル（カーネル {k}、ダイレーション {d}）にわたりますが、パディング後の入力は {padded} セル（入力 {n} + パディング 2·{p}）しかありません。出力が空になります。より小さいカーネルかダイレーション、またはより大きい入力を使ってください</translation>
    </message>
    <message>
        <source>ceil_mode must be True or False, got {value}</source>
        <translation>ceil_mode は True か False でなければなりませんが、{value} が渡されました</translation>
    </message>
    <message>
        <source>the padded input</source>
        <translation>パディング後の入力</translation>
    </message>
    <message>
        <source>use a smaller input or less padding</source>
        <translation>より小さい入力を使うか、パディングを減らしてください</translation>
    </message>
    <message>
        <source>count_include_pad must be True or False, got {value}</source>
        <translation>count_include_pad は True か False でなければなりませんが、{value} が渡されました</translation>
    </message>
    <message>
        <source>{what} must be a whole number, got {value!r}; use an integer</source>
        <translation>{what} は整数でなければなりませんが、{value!r} が渡されました。整数を使ってください</translation>
    </message>
    <message>
        <source>a shift of {name} = {d} moves the whole {h}×{w} input out of view; use a shift from −{m} to {m}</source>
        <translation>{name} = {d} のシフトでは {h}×{w} の入力全体が見えなくなります。−{m}〜{m} のシフトを使ってください</translation>
    </message>
    <message>
        <source>max pooling size must be from 2 to {max}, got {p}; use 2 or 3, or no pooling</source>
        <translation>最大値プーリングのサイズは 2〜{max} でなければなりませんが、{p} が渡されました。2 か 3 にするか、プーリングなしにしてください</translation>
    </message>
    <message>
        <source>{p}×{p} max pooling needs a convolution output of at least {p}×{p}, but it is {h}×{w}; use a smaller pool or a larger input</source>
        <translation>{p}×{p} の最大値プーリングには {p}×{p} 以上の畳み込み出力が必要ですが、{h}×{w} しかありません。プーリングを小さくするか、より大きい入力を使ってください</translation>
    </message>
    <message>
        <source>the stack&apos;s input shape must be (height, width) or (channels, height, width), got {shape}</source>
        <translation>層スタックの入力の形状は (高さ, 幅) か (チャンネル, 高さ, 幅) でなければなりませんが、{shape} が渡されました</translation>
    </message>
    <message>
        <source>input channels</source>
        <translation>入力チャンネル数</translation>
    </message>
    <message>
        <source>layer {n} ({what}): {error}</source>
        <translation>第 {n} 層（{what}）：{error}</translation>
    </message>
    <message>
        <source>layer {n}: {error}</source>
        <translation>第 {n} 層：{error}</translation>
    </message>
    <message>
        <source>{what} must be a whole number of channels from 1 to {max}, got {value}</source>
        <translation>{what} は 1〜{max} の整数のチャンネル数でなければなりませんが、{value} が渡されました</translation>
    </message>
    <message>
        <source>{what} must be True or False, got {value}</source>
        <translation>{what} は True か False でなければなりませんが、{value} が渡されました</translation>
    </message>
    <message>
        <source>unknown pooling {op}; use one of {ops}</source>
        <translation>不明なプーリング {op} です。次のいずれかを使ってください：{ops}</translation>
    </message>
    <message>
        <source>a stack holds ConvLayer and PoolLayer values, got {type}; build one with ConvLayer(kernel=3) or PoolLayer(&apos;max&apos;, 2)</source>
        <translation>層スタックに入れられるのは ConvLayer と PoolLayer だけですが、{type} が渡されました。ConvLayer(kernel=3) や PoolLayer(&apos;max&apos;, 2) で作成してください</translation>
    </message>
    <message>
        <source>{name} is {a}, but it must be smaller than the stride ({s}) or the dilation ({d}); use at most {most}</source>
        <translation>{name}が {a} ですが、ストライド（{s}）かダイレーション（{d}）のどちらかより小さくなければなりません。{most} 以下にしてください</translation>
    </message>
    <message>
        <source>the output height would be ({n} − 1)·{s} − 2·{p} + {d}·({k} − 1) + {a} + 1 = {size}, less than 1: padding {p} cuts away everything; use padding {most} or less, a larger kernel or a larger stride</source>
        <translation>出力の高さが ({n} − 1)·{s} − 2·{p} + {d}·({k} − 1) + {a} + 1 = {size} となり、1 未満です。パディング {p} ですべてが切り取られてしまいます。パディングを {most} 以下にするか、より大きいカーネルかより大きいストライドを使ってください</translation>
    </message>
    <message>
        <source>the output width would be ({n} − 1)·{s} − 2·{p} + {d}·({k} − 1) + {a} + 1 = {size}, less than 1: padding {p} cuts away everything; use padding {most} or less, a larger kernel or a larger stride</source>
        <translation>出力の幅が ({n} − 1)·{s} − 2·{p} + {d}·({k} − 1) + {a} + 1 = {size} となり、1 未満です。パディング {p} ですべてが切り取られてしまいます。パディングを {most} 以下にするか、より大きいカーネルかより大きいストライドを使ってください</translation>
    </message>
    <message>
        <source>the zero-inserted input</source>
        <translation>ゼロ挿入後の入力</translation>
    </message>
    <message>
        <source>use a smaller input or stride</source>
        <translation>より小さい入力かストライドを使ってください</translation>
    </message>
    <message>
        <source>the weight {shape} is for {w_in} input channel(s), but the input has {c_in}; a transposed weight is (C_in, C_out/groups, kh, kw): give it {c_in} first</source>
        <translation>重み {shape} は {w_in} 入力チャンネル用ですが、入力は {c_in} チャンネルです。転置畳み込みの重みは (C_in, C_out/groups, kh, kw) なので、先頭の次元を {c_in} にしてください</translation>
    </message>
    <message>
        <source>transposed convolution</source>
        <translation>転置畳み込み</translation>
    </message>
    <message>
        <source>the {kind} kernel is {fh}×{fw} by definition; set &apos;kernel_size&apos; to [{fh}, {fw}]</source>
        <translation>{kind} カーネルは定義上 {fh}×{fw} です。&apos;kernel_size&apos; を [{fh}, {fw}] にしてください</translation>
    </message>
</context>
<context>
    <name>SessionError</name>
    <message>
        <source>preset {name}</source>
        <translation>プリセット {name}</translation>
    </message>
    <message>
        <source>the session&apos;s view options cannot be saved as JSON ({error})</source>
        <translation>セッションの表示オプションを JSON として保存できません（{error}）</translation>
    </message>
    <message>
        <source>{file}: the session is too large to save ({size} bytes)</source>
        <translation>{file}：セッションが大きすぎて保存できません（{size} バイト）</translation>
    </message>
    <message>
        <source>{file}: could not be saved ({reason}); any earlier version is unchanged — choose another folder or free some space</source>
        <translation>{file}：保存できませんでした（{reason}）。以前のバージョンはそのまま残っています。別のフォルダーを選ぶか、空き容量を確保してください</translation>
    </message>
    <message>
        <source>{file}: no such file ({path})</source>
        <translation>{file}：ファイルが見つかりません（{path}）</translation>
    </message>
    <message>
        <source>{file}: is a folder, not a session file</source>
        <translation>{file}：フォルダーであり、セッションファイルではありません</translation>
    </message>
    <message>
        <source>{file}: cannot be read ({reason})</source>
        <translation>{file}：読み込めません（{reason}）</translation>
    </message>
    <message>
        <source>{file}: is larger than {mb} MB, far more than any session needs (inputs are at most 1024×1024); is it the right file?</source>
        <translation>{file}：{mb} MB を超えており、どんなセッションにも必要のない大きさです（入力は最大 1024×1024）。正しいファイルですか？</translation>
    </message>
    <message>
        <source>is not a text file (not UTF-8), so it cannot be a session</source>
        <translation>テキストファイル（UTF-8）ではないため、セッションではありません</translation>
    </message>
    <message>
        <source>is empty — the save may have been interrupted; open an earlier copy</source>
        <translation>空です。保存が中断された可能性があります。以前のコピーを開いてください</translation>
    </message>
    <message>
        <source>is not valid JSON ({reason} at line {line}, column {column}); the file is truncated or damaged — open an earlier copy or save the session again</source>
        <translation>有効な JSON ではありません（{line} 行 {column} 列目：{reason}）。ファイルが途中で切れているか壊れています。以前のコピーを開くか、セッションを保存し直してください</translation>
    </message>
    <message>
        <source>is nested too deeply to be a session</source>
        <translation>入れ子が深すぎるため、セッションではありません</translation>
    </message>
    <message>
        <source>is not a convstudio session (it has no &quot;schema&quot; field; sessions start with {{&quot;format&quot;: &quot;{format}&quot;, &quot;schema&quot;: {schema}, …}})</source>
        <translation>convstudio のセッションではありません（&quot;schema&quot; フィールドがありません。セッションは {{&quot;format&quot;: &quot;{format}&quot;, &quot;schema&quot;: {schema}, …}} で始まります）</translation>
    </message>
    <message>
        <source>&apos;format&apos; is {found}, not {format}: this is another program&apos;s file</source>
        <translation>&apos;format&apos; が {format} ではなく {found} です。別のプログラムのファイルです</translation>
    </message>
    <message>
        <source>made by a newer convstudio (schema {schema}; this version reads up to {max}): update convstudio</source>
        <translation>新しい convstudio で作成されています（schema {schema}。このバージョンが読めるのは {max} までです）。convstudio を更新してください</translation>
    </message>
    <message>
        <source>the session</source>
        <translation>セッション</translation>
    </message>
    <message>
        <source>these settings cannot work: {error}</source>
        <translation>この設定では計算できません：{error}</translation>
    </message>
    <message>
        <source>&apos;step&apos; is {step}, but these settings have only {n} steps (0 to {last}); set &apos;step&apos; to one of those</source>
        <translation>&apos;step&apos; が {step} ですが、この設定のステップは {n} 個（0〜{last}）しかありません。&apos;step&apos; をこの範囲の値にしてください</translation>
    </message>
    <message>
        <source>&apos;padding&apos; must be {names} or [[top, bottom], [left, right]] with whole numbers from 0 to {max}, found {found}</source>
        <translation>&apos;padding&apos; は {names}、または 0〜{max} の整数からなる [[top, bottom], [left, right]] でなければなりませんが、{found} でした</translation>
    </message>
    <message>
        <source>unknown &apos;padding_mode&apos; {found}; use one of {modes}</source>
        <translation>不明な &apos;padding_mode&apos; {found} です。次のいずれかを使ってください：{modes}</translation>
    </message>
    <message>
        <source>{source}: {message}</source>
        <translation>{source}：{message}</translation>
    </message>
    <message>
        <source>holds {name}, which is not a number; replace it with an ordinary number</source>
        <translation>数値ではない {name} が含まれています。通常の数値に置き換えてください</translation>
    </message>
    <message>
        <source>the key {key} appears twice; keep one of them</source>
        <translation>キー {key} が 2 回出てきます。どちらか 1 つだけ残してください</translation>
    </message>
    <message>
        <source>&apos;{name}&apos; must be a whole number ≥ {lo}, found {found}</source>
        <translation>&apos;{name}&apos; は {lo} 以上の整数でなければなりませんが、{found} でした</translation>
    </message>
    <message>
        <source>&apos;{name}&apos; must be a whole number from {lo} to {hi}, found {found}</source>
        <translation>&apos;{name}&apos; は {lo}〜{hi} の整数でなければなりませんが、{found} でした</translation>
    </message>
    <message>
        <source>&apos;{name}&apos; must be two whole numbers from {lo} to {hi}, found {found}</source>
        <translation>&apos;{name}&apos; は {lo}〜{hi} の整数 2 つでなければなりませんが、{found} でした</translation>
    </message>
    <message>
        <source>&apos;{name}&apos; must be a number, found {found}</source>
        <translation>&apos;{name}&apos; は数値でなければなりませんが、{found} でした</translation>
    </message>
    <message>
        <source>&apos;{name}&apos; must be between −{limit} and {limit}, found {found}</source>
        <translation>&apos;{name}&apos; は −{limit}〜{limit} の範囲でなければなりませんが、{found} でした</translation>
    </message>
    <message>
        <source>&apos;{name}&apos; must be true or false, found {found}</source>
        <translation>&apos;{name}&apos; は true か false でなければなりませんが、{found} でした</translation>
    </message>
    <message>
        <source>&apos;{name}&apos; must be text of at most {max} characters, found {found}</source>
        <translation>&apos;{name}&apos; は {max} 文字以内のテキストでなければなりませんが、{found} でした</translation>
    </message>
    <message>
        <source>&apos;{name}&apos; must be an object {{…}}, found {found}</source>
        <translation>&apos;{name}&apos; はオブジェクト {{…}} でなければなりませんが、{found} でした</translation>
    </message>
    <message>
        <source>{name} has no {key} (required: {required})</source>
        <translation>{name} に {key} がありません（必須のキー：{required}）</translation>
    </message>
    <message>
        <source>{name} has an unknown key {key}; the known ones are {known} — check the spelling</source>
        <translation>{name} に不明なキー {key} があります。使えるキーは {known} です。綴りを確認してください</translation>
    </message>
    <message>
        <source>unknown &apos;{name}.kind&apos; {found}; use one of {choices}</source>
        <translation>不明な &apos;{name}.kind&apos; {found} です。次のいずれかを使ってください：{choices}</translation>
    </message>
    <message>
        <source>&apos;{name}.shape&apos; says {sh}×{sw} but &apos;{name}.values&apos; is {vh}×{vw}; correct &apos;shape&apos; or leave it out</source>
        <translation>&apos;{name}.shape&apos; は {sh}×{sw} ですが、&apos;{name}.values&apos; は {vh}×{vw} です。&apos;shape&apos; を直すか削除してください</translation>
    </message>
    <message>
        <source>&apos;{name}&apos; of kind {kind} needs &apos;values&apos;</source>
        <translation>種類が {kind} の &apos;{name}&apos; には &apos;values&apos; が必要です</translation>
    </message>
    <message>
        <source>&apos;{name}&apos; of kind {kind} needs &apos;shape&apos; or &apos;values&apos;</source>
        <translation>種類が {kind} の &apos;{name}&apos; には &apos;shape&apos; か &apos;values&apos; が必要です</translation>
    </message>
    <message>
        <source>&apos;{name}&apos;: {error}</source>
        <translation>&apos;{name}&apos;：{error}</translation>
    </message>
    <message>
        <source>&apos;{name}&apos; must be a list of rows of numbers, found {found}</source>
        <translation>&apos;{name}&apos; は数値の行からなるリストでなければなりませんが、{found} でした</translation>
    </message>
    <message>
        <source>&apos;{name}&apos; is {h}×{w}, larger than the {limit}×{limit} convstudio supports; crop or shrink it</source>
        <translation>&apos;{name}&apos; は {h}×{w} で、convstudio が扱える {limit}×{limit} を超えています。切り抜くか縮小してください</translation>
    </message>
    <message>
        <source>&apos;{name}&apos; row {i} has {n} values but row 0 has {w}; every row must have the same length (at least 1)</source>
        <translation>&apos;{name}&apos; の {i} 行目には {n} 個の値がありますが、0 行目は {w} 個です。すべての行を同じ長さ（1 以上）にしてください</translation>
    </message>
    <message>
        <source>&apos;{name}&apos; row {i} holds {found}; every value must be a number</source>
        <translation>&apos;{name}&apos; の {i} 行目に {found} があります。すべての値は数値でなければなりません</translation>
    </message>
    <message>
        <source>&apos;{name}&apos; holds a number too large for a float; use ordinary numbers</source>
        <translation>&apos;{name}&apos; に浮動小数点数には大きすぎる数があります。通常の数値を使ってください</translation>
    </message>
</context>
<context>
    <name>compare</name>
    <message>
        <source>{side} is {h}×{w} because {formula} (rows and columns alike)</source>
        <translation>{side} が {h}×{w} になるのは {formula} だからです（行も列も同じ）</translation>
    </message>
    <message>
        <source>{side} is {h}×{w} because rows: {rows}; columns: {cols}</source>
        <translation>{side} が {h}×{w} になるのは、行：{rows}、列：{cols} だからです</translation>
    </message>
    <message>
        <source>A is {ha}×{wa} and B is {hb}×{wb}: the shapes differ, so only the top-left {h}×{w} is compared, where {d} of {n} cells differ.</source>
        <translation>A は {ha}×{wa}、B は {hb}×{wb} で形状が異なるため、左上の {h}×{w} だけを比較します。そのうち {n} セル中 {d} セルが異なります。</translation>
    </message>
    <message>
        <source>Both are {h}×{w}, but the windows differ: at {k} of {n} positions A and B read other input cells, and {d} of {n} output cells differ.</source>
        <translation>どちらも {h}×{w} ですが、ウィンドウが異なります。{n} か所中 {k} か所で A と B は別の入力セルを読み、出力セルは {n} 個中 {d} 個が異なります。</translation>
    </message>
    <message>
        <source>A and B give the same {h}×{w} output: no cell differs.</source>
        <translation>A と B は同じ {h}×{w} の出力になります。異なるセルはありません。</translation>
    </message>
    <message>
        <source>Same {h}×{w} shape and the same windows; {d} of {n} cells differ because the kernels differ.</source>
        <translation>形状は同じ {h}×{w}、ウィンドウも同じですが、カーネルが異なるため {n} セル中 {d} セルが異なります。</translation>
    </message>
    <message>
        <source>Same {h}×{w} shape and the same windows; {d} of {n} cells differ because one side flips the kernel (true convolution).</source>
        <translation>形状は同じ {h}×{w}、ウィンドウも同じですが、一方がカーネルを 180° 回転している（真の畳み込み）ため {n} セル中 {d} セルが異なります。</translation>
    </message>
    <message>
        <source>Same {h}×{w} shape and the same windows; {d} of {n} cells differ because the padding holds other values ({a} against {b}).</source>
        <translation>形状は同じ {h}×{w}、ウィンドウも同じですが、パディングの値が異なる（{a} と {b}）ため {n} セル中 {d} セルが異なります。</translation>
    </message>
    <message>
        <source>Both windows read the same input cells.</source>
        <translation>両方のウィンドウは同じ入力セルを読みます。</translation>
    </message>
    <message>
        <source>The windows read different input cells.</source>
        <translation>2 つのウィンドウは異なる入力セルを読みます。</translation>
    </message>
    <message>
        <source>constant {value}</source>
        <translation>定数 {value}</translation>
    </message>
</context>
<context>
    <name>explain</name>
    <message>
        <source> — the kernel does not fit, so there is no output</source>
        <translation> — カーネルが収まらないため、出力はありません</translation>
    </message>
    <message>
        <source>explicit</source>
        <translation>明示指定</translation>
    </message>
    <message>
        <source>padding {name} → top {top}, bottom {bottom}, left {left}, right {right} ({mode})</source>
        <translation>パディング {name} → 上 {top}、下 {bottom}、左 {left}、右 {right}（{mode}）</translation>
    </message>
    <message>
        <source>constant {value}</source>
        <translation>定数 {value}</translation>
    </message>
    <message>
        <source>… ({n} more terms) …</source>
        <translation>…（ほか {n} 項）…</translation>
    </message>
    <message>
        <source>{bias} (bias)</source>
        <translation>{bias}（バイアス）</translation>
    </message>
    <message>
        <source>Step {step} / {n} · row {row}, col {col}</source>
        <translation>ステップ {step} / {n} · 行 {row}、列 {col}</translation>
    </message>
    <message>
        <source>in no window: it never reaches the output</source>
        <translation>どのウィンドウにも入りません。出力には一切影響しません</translation>
    </message>
    <message>
        <source>covered by {n} window · feeds {n} output</source>
        <translation>{n} 個のウィンドウに含まれる · {n} 個の出力に寄与</translation>
    </message>
    <message>
        <source>covered by {n} windows · feeds {n} outputs</source>
        <translation>{n} 個のウィンドウに含まれる · {n} 個の出力に寄与</translation>
    </message>
    <message>
        <source>input ({row}, {col}) = {value} · {reach}</source>
        <translation>入力 ({row}, {col}) = {value} · {reach}</translation>
    </message>
    <message>
        <source>{mode} of ({row}, {col})</source>
        <translation>({row}, {col}) の{mode}</translation>
    </message>
    <message>
        <source>padding ({source}) = {value} · {reach}</source>
        <translation>パディング（{source}）= {value} · {reach}</translation>
    </message>
    <message>
        <source>{first} to {last}</source>
        <translation>{first}〜{last}</translation>
    </message>
    <message>
        <source>{span} (every {n}st)</source>
        <translation>{span}（間隔 {n}）</translation>
    </message>
    <message>
        <source>{span} (every {n}nd)</source>
        <translation>{span}（間隔 {n}）</translation>
    </message>
    <message>
        <source>{span} (every {n}rd)</source>
        <translation>{span}（間隔 {n}）</translation>
    </message>
    <message>
        <source>{span} (every {n}th)</source>
        <translation>{span}（間隔 {n}）</translation>
    </message>
    <message>
        <source>output ({row}, {col}) = {value} · step {step} · reads rows {rows}, cols {cols}</source>
        <translation>出力 ({row}, {col}) = {value} · ステップ {step} · 行 {rows}、列 {cols} を読む</translation>
    </message>
    <message>
        <source> · {n} of {total} taps on padding</source>
        <translation> · カーネルの {total} 要素のうち {n} 個がパディング上</translation>
    </message>
    <message>
        <source>kernel ({row}, {col}) = {value} · multiplies {n} input cell</source>
        <translation>カーネル ({row}, {col}) = {value} · 入力セル {n} 個と掛け合わされる</translation>
    </message>
    <message>
        <source>kernel ({row}, {col}) = {value} · multiplies {n} input cells</source>
        <translation>カーネル ({row}, {col}) = {value} · 入力セル {n} 個と掛け合わされる</translation>
    </message>
    <message>
        <source> ({n} of them padding)</source>
        <translation>（うち {n} 個はパディング）</translation>
    </message>
    <message>
        <source> · flipped 180°: used at window position ({row}, {col})</source>
        <translation> · 180° 回転済み：ウィンドウ内の位置 ({row}, {col}) で使われる</translation>
    </message>
    <message>
        <source> {minus} 1 = {result} (the last window would start in the padding)</source>
        <translation> {minus} 1 = {result}（最後のウィンドウはパディング内で始まるため除外）</translation>
    </message>
    <message>
        <source>sum {total} ÷ {n} cells = {result}</source>
        <translation>合計 {total} ÷ {n} セル = {result}</translation>
    </message>
    <message>
        <source>the window holds only padding, so the result is −∞</source>
        <translation>ウィンドウにはパディングしかないため、結果は −∞</translation>
    </message>
    <message>
        <source>the largest value is input ({row}, {col}) = {value}</source>
        <translation>最大値は入力 ({row}, {col}) = {value}</translation>
    </message>
    <message>
        <source>in {n} window</source>
        <translation>{n} 個のウィンドウに含まれる</translation>
    </message>
    <message>
        <source>in {n} windows</source>
        <translation>{n} 個のウィンドウに含まれる</translation>
    </message>
    <message>
        <source>past the padding: never read · {reach}</source>
        <translation>パディングより外側：一度も読まれない · {reach}</translation>
    </message>
    <message>
        <source>padding = {value} · {reach}</source>
        <translation>パディング = {value} · {reach}</translation>
    </message>
    <message>
        <source>output ({row}, {col}) = {value} · step {step} · {why}</source>
        <translation>出力 ({row}, {col}) = {value} · ステップ {step} · {why}</translation>
    </message>
    <message>
        <source>{h}×{w} → 3×3 convolution, padding 1 → {oh}×{ow}: size kept</source>
        <translation>{h}×{w} → 3×3 畳み込み、パディング 1 → {oh}×{ow}：サイズを維持</translation>
    </message>
    <message>
        <source>{h}×{w} → 2×2 pooling, stride 2: does not fit</source>
        <translation>{h}×{w} → 2×2 プーリング、ストライド 2：収まらない</translation>
    </message>
    <message>
        <source>{h}×{w} → 2×2 pooling, stride 2 → {oh}×{ow}: halved, rounded down</source>
        <translation>{h}×{w} → 2×2 プーリング、ストライド 2 → {oh}×{ow}：半分（切り捨て）</translation>
    </message>
    <message>
        <source>{h}×{w} → these settings → {oh}×{ow}</source>
        <translation>{h}×{w} → この設定 → {oh}×{ow}</translation>
    </message>
    <message>
        <source>{axis}: {insert} with zeros between · border {border}</source>
        <translation>{axis}：間にゼロを挿入して {insert} · 縁の幅 {border}</translation>
    </message>
    <message>
        <source>, + {a} output padding at the end</source>
        <translation>、末尾に出力パディング + {a}</translation>
    </message>
    <message>
        <source> · cut {before} at the start, {after} at the end</source>
        <translation> · 先頭から {before}、末尾から {after} を切り取り</translation>
    </message>
    <message>
        <source> · {n} tap on a zero</source>
        <translation> · {n} 個の要素がゼロ上</translation>
    </message>
    <message>
        <source> · {n} taps on zeros</source>
        <translation> · {n} 個の要素がゼロ上</translation>
    </message>
    <message>
        <source>inserted zero (stride) · {reach}</source>
        <translation>挿入されたゼロ（ストライド） · {reach}</translation>
    </message>
    <message>
        <source>padding zero · {reach}</source>
        <translation>パディングのゼロ · {reach}</translation>
    </message>
    <message>
        <source>input ({row}, {col}) = {value} · cut off by the padding</source>
        <translation>入力 ({row}, {col}) = {value} · パディングで切り取られる</translation>
    </message>
    <message>
        <source>input ({row}, {col}) = {value} · feeds {n} outputs</source>
        <translation>入力 ({row}, {col}) = {value} · {n} 個の出力に寄与</translation>
    </message>
    <message>
        <source>output ({row}, {col}) = {value} · step {step} · reads {n} real input(s)</source>
        <translation>出力 ({row}, {col}) = {value} · ステップ {step} · 実際の入力を {n} 個読む</translation>
    </message>
</context>
<context>
    <name>padding</name>
    <message>
        <source>zeros</source>
        <translation>ゼロ</translation>
    </message>
    <message>
        <source>constant</source>
        <translation>定数</translation>
    </message>
    <message>
        <source>reflect</source>
        <translation>反射</translation>
    </message>
    <message>
        <source>symmetric</source>
        <translation>対称</translation>
    </message>
    <message>
        <source>replicate</source>
        <translation>複製</translation>
    </message>
    <message>
        <source>circular</source>
        <translation>循環</translation>
    </message>
</context>
<context>
    <name>param</name>
    <message>
        <source>input</source>
        <translation>入力</translation>
    </message>
    <message>
        <source>input size</source>
        <translation>入力サイズ</translation>
    </message>
    <message>
        <source>input height</source>
        <translation>入力の高さ</translation>
    </message>
    <message>
        <source>input width</source>
        <translation>入力の幅</translation>
    </message>
    <message>
        <source>kernel</source>
        <translation>カーネル</translation>
    </message>
    <message>
        <source>kernel size</source>
        <translation>カーネルサイズ</translation>
    </message>
    <message>
        <source>kernel height</source>
        <translation>カーネルの高さ</translation>
    </message>
    <message>
        <source>kernel width</source>
        <translation>カーネルの幅</translation>
    </message>
    <message>
        <source>weight</source>
        <translation>重み</translation>
    </message>
    <message>
        <source>bias</source>
        <translation>バイアス</translation>
    </message>
    <message>
        <source>groups</source>
        <translation>グループ数（groups）</translation>
    </message>
    <message>
        <source>stride</source>
        <translation>ストライド</translation>
    </message>
    <message>
        <source>dilation</source>
        <translation>ダイレーション</translation>
    </message>
    <message>
        <source>padding</source>
        <translation>パディング</translation>
    </message>
    <message>
        <source>padding (before)</source>
        <translation>パディング（前）</translation>
    </message>
    <message>
        <source>padding (after)</source>
        <translation>パディング（後）</translation>
    </message>
    <message>
        <source>padding top</source>
        <translation>上のパディング</translation>
    </message>
    <message>
        <source>padding bottom</source>
        <translation>下のパディング</translation>
    </message>
    <message>
        <source>padding left</source>
        <translation>左のパディング</translation>
    </message>
    <message>
        <source>padding right</source>
        <translation>右のパディング</translation>
    </message>
    <message>
        <source>padding value</source>
        <translation>パディング値</translation>
    </message>
    <message>
        <source>output padding</source>
        <translation>出力パディング</translation>
    </message>
    <message>
        <source>{name} (height)</source>
        <translation>{name}（高さ）</translation>
    </message>
    <message>
        <source>{name} (width)</source>
        <translation>{name}（幅）</translation>
    </message>
</context>
<context>
    <name>samples</name>
    <message>
        <source>Random 0–9</source>
        <translation>ランダム 0–9</translation>
    </message>
    <message>
        <source>Ramp</source>
        <translation>グラデーション</translation>
    </message>
    <message>
        <source>Checkerboard</source>
        <translation>市松模様</translation>
    </message>
    <message>
        <source>Handwritten 7</source>
        <translation>手書きの 7</translation>
    </message>
    <message>
        <source>Identity</source>
        <translation>恒等</translation>
    </message>
    <message>
        <source>Box blur</source>
        <translation>平均ぼかし</translation>
    </message>
    <message>
        <source>Gaussian blur</source>
        <translation>ガウスぼかし</translation>
    </message>
    <message>
        <source>Sharpen</source>
        <translation>シャープ化</translation>
    </message>
    <message>
        <source>Sobel x</source>
        <translation>Sobel x</translation>
    </message>
    <message>
        <source>Sobel y</source>
        <translation>Sobel y</translation>
    </message>
    <message>
        <source>Laplacian</source>
        <translation>ラプラシアン</translation>
    </message>
    <message>
        <source>Random −2…2</source>
        <translation>ランダム −2…2</translation>
    </message>
</context>
<context>
    <name>shift</name>
    <message>
        <source>The input did not move, so neither did the output.</source>
        <translation>入力が動いていないので、出力も動いていません。</translation>
    </message>
    <message>
        <source>No output window stays clear of the border and of the zeros that came in, so there is nothing to compare: use a larger input or a smaller shift.</source>
        <translation>端にも入り込んだゼロにもかからない出力ウィンドウが 1 つもないため、比較できるものがありません。より大きい入力か、より小さいシフトを使ってください。</translation>
    </message>
    <message>
        <source>1 row of zeros came in at the top</source>
        <translation>上から 1 行のゼロが入った</translation>
    </message>
    <message>
        <source>1 row of zeros came in at the bottom</source>
        <translation>下から 1 行のゼロが入った</translation>
    </message>
    <message>
        <source>{n} rows of zeros came in at the top</source>
        <translation>上から {n} 行のゼロが入った</translation>
    </message>
    <message>
        <source>{n} rows of zeros came in at the bottom</source>
        <translation>下から {n} 行のゼロが入った</translation>
    </message>
    <message>
        <source>1 column of zeros came in at the left</source>
        <translation>左から 1 列のゼロが入った</translation>
    </message>
    <message>
        <source>1 column of zeros came in at the right</source>
        <translation>右から 1 列のゼロが入った</translation>
    </message>
    <message>
        <source>{n} columns of zeros came in at the left</source>
        <translation>左から {n} 列のゼロが入った</translation>
    </message>
    <message>
        <source>{n} columns of zeros came in at the right</source>
        <translation>右から {n} 列のゼロが入った</translation>
    </message>
    <message>
        <source>not shifted</source>
        <translation>シフトなし</translation>
    </message>
    <message>
        <source>shifted by {shift}: {edges}</source>
        <translation>{shift} だけシフト：{edges}</translation>
    </message>
    <message>
        <source>The output moved by {offset} although the stride does not divide the shift {shift}: this input is so regular that the windows in between see the same values ({n} interior cells match).</source>
        <translation>ストライドがシフト {shift} を割り切らないのに、出力は {offset} だけ動きました。この入力は規則的なので、間に来たウィンドウも同じ値を見ています（内部の {n} セルが一致）。</translation>
    </message>
    <message>
        <source>The input moved by {shift} and the output moved by exactly {offset}: all {n} cells match.</source>
        <translation>入力が {shift} 動き、出力はちょうど {offset} 動きました。{n} セルすべてが一致します。</translation>
    </message>
    <message>
        <source>The input moved by {shift} and the output moved by exactly {offset}: all {n} interior cells match; the {border} border cells are decided by the padding and the zeros that came in ({changed} of them do not match).</source>
        <translation>入力が {shift} 動き、出力はちょうど {offset} 動きました。内部の {n} セルはすべて一致します。縁の {border} セルはパディングと入り込んだゼロで決まります（そのうち {changed} セルが不一致）。</translation>
    </message>
    <message>
        <source>Stride {stride}: moving the input by {shift} does not move the output — even the closest moved copy (by {offset}) differs by up to {diff} in the interior, because the windows now fall between the old ones (aliasing).</source>
        <translation>ストライド {stride}：入力を {shift} 動かしても、出力はずれるだけにはなりません。最も近いずらし方（{offset}）と比べても内部で最大 {diff} の差があります。ウィンドウが元のウィンドウの間に来るためです（エイリアシング）。</translation>
    </message>
    <message>
        <source>After {p}×{p} max pooling, {kept} of {n} outputs ({pct}) kept their value when the input moved by {shift}; without pooling, {conv_kept} of {conv_n} ({conv_pct}) did.</source>
        <translation>{p}×{p} の最大値プーリング後は、入力を {shift} 動かしても {n} 個中 {kept} 個（{pct}）の出力が値を保ちました。プーリングなしでは {conv_n} 個中 {conv_kept} 個（{conv_pct}）でした。</translation>
    </message>
</context>
<context>
    <name>stack</name>
    <message>
        <source> {minus} 1 = {out} (the last window would start in the padding)</source>
        <translation> {minus} 1 = {out}（最後のウィンドウはパディング内で始まるため除外）</translation>
    </message>
    <message>
        <source>A dense layer would need {dense} weights; this convolution shares {conv} of them.</source>
        <translation>全結合層なら重みが {dense} 個必要です。この畳み込みは {conv} 個の重みを共有します。</translation>
    </message>
    <message>
        <source>Connections: {conv} vs {dense} ({ratio}× fewer): each output reads only its window.</source>
        <translation>結合数：{conv} 対 {dense}（{ratio} 分の 1）。各出力は自分のウィンドウだけを読みます。</translation>
    </message>
    <message>
        <source>Parameters with bias: {conv} vs {dense} ({ratio}× fewer).</source>
        <translation>バイアスを含むパラメーター数：{conv} 対 {dense}（{ratio} 分の 1）。</translation>
    </message>
    <message>
        <source>layer stack</source>
        <translation>層スタック</translation>
    </message>
    <message>
        <source>&apos;input&apos; must be [channels, height, width], found {found}</source>
        <translation>&apos;input&apos; は [チャンネル数, 高さ, 幅] でなければなりませんが、{found} でした</translation>
    </message>
    <message>
        <source>&apos;layers&apos; must be a list of at most {max} layers, found {found}</source>
        <translation>&apos;layers&apos; は {max} 層以下のリストでなければなりませんが、{found} でした</translation>
    </message>
    <message>
        <source>&apos;{name}.type&apos; must be conv, max or avg, found {found}</source>
        <translation>&apos;{name}.type&apos; は conv、max、avg のいずれかでなければなりませんが、{found} でした</translation>
    </message>
    <message>
        <source>&apos;{name}&apos; must be one of {names} or [[top, bottom], [left, right]] with numbers from 0 to {max}, found {found}</source>
        <translation>&apos;{name}&apos; は {names} のいずれか、または 0〜{max} の数からなる [[top, bottom], [left, right]] でなければなりませんが、{found} でした</translation>
    </message>
    <message>
        <source>unknown &apos;{name}&apos; {found}; use one of {modes}</source>
        <translation>不明な &apos;{name}&apos; {found} です。次のいずれかを使ってください：{modes}</translation>
    </message>
    <message>
        <source>max pool</source>
        <translation>最大値プーリング</translation>
    </message>
    <message>
        <source>avg pool</source>
        <translation>平均値プーリング</translation>
    </message>
    <message>
        <source>conv</source>
        <translation>畳み込み</translation>
    </message>
    <message>
        <source>stride {s}</source>
        <translation>ストライド {s}</translation>
    </message>
    <message>
        <source>dilation {d}</source>
        <translation>ダイレーション {d}</translation>
    </message>
    <message>
        <source>{n} filters</source>
        <translation>フィルター {n} 個</translation>
    </message>
    <message>
        <source>pad {p}</source>
        <translation>パディング {p}</translation>
    </message>
    <message>
        <source>ceil</source>
        <translation>切り上げ</translation>
    </message>
    <message>
        <source>{field} · jump {j}</source>
        <translation>{field} · ジャンプ {j}</translation>
    </message>
    <message>
        <source>input</source>
        <translation>入力</translation>
    </message>
    <message>
        <source>Input {shape}: each cell sees itself (receptive field 1×1)</source>
        <translation>入力 {shape}：各セルは自分自身だけを見る（受容野 1×1）</translation>
    </message>
    <message>
        <source>Layer {n} · {type} {kh}×{kw}: {shape_in} → {shape_out}</source>
        <translation>第 {n} 層 · {type} {kh}×{kw}：{shape_in} → {shape_out}</translation>
    </message>
    <message>
        <source>{n} of {total} layers work</source>
        <translation>{total} 層中 {n} 層が計算可能</translation>
    </message>
    <message>
        <source>1 layer</source>
        <translation>1 層</translation>
    </message>
    <message>
        <source>{n} layers</source>
        <translation>{n} 層</translation>
    </message>
    <message>
        <source>{count} · {shapes} · {params} parameters</source>
        <translation>{count} · {shapes} · パラメーター {params} 個</translation>
    </message>
    <message>
        <source>cannot work</source>
        <translation>計算不可</translation>
    </message>
</context>
</TS>

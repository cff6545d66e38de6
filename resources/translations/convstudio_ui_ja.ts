<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ja">
<context>
    <name>Autosave</name>
    <message>
        <source>Restore your work?</source>
        <translation>作業を復元しますか？</translation>
    </message>
    <message>
        <source>convstudio did not close normally last time. Restore the work autosaved on {}?</source>
        <translation>convstudio は前回正常に終了しませんでした。{} に自動保存された作業を復元しますか？</translation>
    </message>
</context>
<context>
    <name>ChannelsControls</name>
    <message>
        <source>Input</source>
        <translation>入力</translation>
    </message>
    <message>
        <source>Filters</source>
        <translation>フィルター</translation>
    </message>
    <message>
        <source>Padding</source>
        <translation>パディング</translation>
    </message>
    <message>
        <source>Stride &amp;&amp; dilation</source>
        <translation>ストライドとダイレーション</translation>
    </message>
    <message>
        <source>&amp;Channels</source>
        <translation>チャンネル数(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Input size</source>
        <translation>入力サイズ(&amp;I)</translation>
    </message>
    <message>
        <source>&amp;Data</source>
        <translation>データ(&amp;D)</translation>
    </message>
    <message>
        <source>Filte&amp;rs</source>
        <translation>フィルター数(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Groups</source>
        <translation>グループ数(&amp;G)</translation>
    </message>
    <message>
        <source>&amp;Kernel size</source>
        <translation>カーネルサイズ(&amp;K)</translation>
    </message>
    <message>
        <source>&amp;Weights</source>
        <translation>重み(&amp;W)</translation>
    </message>
    <message>
        <source>&amp;Bias</source>
        <translation>バイアス(&amp;B)</translation>
    </message>
    <message>
        <source>P&amp;adding</source>
        <translation>パディング(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Top / bottom</source>
        <translation>上 / 下(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Left / right</source>
        <translation>左 / 右(&amp;L)</translation>
    </message>
    <message>
        <source>Fill m&amp;ode</source>
        <translation>埋め方(&amp;O)</translation>
    </message>
    <message>
        <source>Fill val&amp;ue</source>
        <translation>埋める値(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Stride</source>
        <translation>ストライド(&amp;S)</translation>
    </message>
    <message>
        <source>Dilatio&amp;n</source>
        <translation>ダイレーション(&amp;N)</translation>
    </message>
    <message>
        <source>Ne&amp;xt random values</source>
        <translation>次の乱数値(&amp;X)</translation>
    </message>
    <message>
        <source>Colour picture (R, G, B)</source>
        <translation>カラー画像 (R, G, B)</translation>
    </message>
    <message>
        <source>Input channels</source>
        <translation>入力チャンネル数</translation>
    </message>
    <message>
        <source>Input height</source>
        <translation>入力の高さ</translation>
    </message>
    <message>
        <source>Input width</source>
        <translation>入力の幅</translation>
    </message>
    <message>
        <source>Input values</source>
        <translation>入力値</translation>
    </message>
    <message>
        <source>New random values</source>
        <translation>新しい乱数値</translation>
    </message>
    <message>
        <source>Filters (output channels)</source>
        <translation>フィルター数（出力チャンネル数）</translation>
    </message>
    <message>
        <source>Groups</source>
        <translation>グループ数</translation>
    </message>
    <message>
        <source>Kernel height</source>
        <translation>カーネルの高さ</translation>
    </message>
    <message>
        <source>Kernel width</source>
        <translation>カーネルの幅</translation>
    </message>
    <message>
        <source>Kernel weights</source>
        <translation>カーネルの重み</translation>
    </message>
    <message>
        <source>Bias of every filter</source>
        <translation>各フィルターのバイアス</translation>
    </message>
    <message>
        <source>Padding top</source>
        <translation>上のパディング</translation>
    </message>
    <message>
        <source>Padding bottom</source>
        <translation>下のパディング</translation>
    </message>
    <message>
        <source>Padding left</source>
        <translation>左のパディング</translation>
    </message>
    <message>
        <source>Padding right</source>
        <translation>右のパディング</translation>
    </message>
    <message>
        <source>Fill mode</source>
        <translation>埋め方</translation>
    </message>
    <message>
        <source>Constant fill value</source>
        <translation>定数パディングの値</translation>
    </message>
    <message>
        <source>Stride height</source>
        <translation>縦方向のストライド</translation>
    </message>
    <message>
        <source>Stride width</source>
        <translation>横方向のストライド</translation>
    </message>
    <message>
        <source>Dilation height</source>
        <translation>縦方向のダイレーション</translation>
    </message>
    <message>
        <source>Dilation width</source>
        <translation>横方向のダイレーション</translation>
    </message>
    <message>
        <source>{name} ({lo}–{hi})</source>
        <translation>{name}（{lo}–{hi}）</translation>
    </message>
</context>
<context>
    <name>ChannelsPage</name>
    <message>
        <source>filter {o}, row {r}, col {c} = {v} · step {i} · reads channels {names}</source>
        <translation>フィルター {o}、行 {r}、列 {c} = {v} · ステップ {i} · チャンネル {names} を読む</translation>
    </message>
    <message>
        <source>R</source>
        <translation>R</translation>
    </message>
    <message>
        <source>G</source>
        <translation>G</translation>
    </message>
    <message>
        <source>B</source>
        <translation>B</translation>
    </message>
    <message>
        <source>ch {j}</source>
        <translation>ch {j}</translation>
    </message>
    <message>
        <source>input {c}×{h}×{w} → padded {c}×{hp}×{wp} ⊛ weight {o}×{cg}×{kh}×{kw} → output {o}×{ho}×{wo}</source>
        <translation>入力 {c}×{h}×{w} → パディング後 {c}×{hp}×{wp} ⊛ 重み {o}×{cg}×{kh}×{kw} → 出力 {o}×{ho}×{wo}</translation>
    </message>
    <message>
        <source>{name}: {sum}</source>
        <translation>{name}：{sum}</translation>
    </message>
    <message>
        <source>bias {b}</source>
        <translation>バイアス {b}</translation>
    </message>
    <message>
        <source>filter {o} at row {r}, col {c}:</source>
        <translation>フィルター {o}、行 {r}、列 {c}：</translation>
    </message>
    <message>
        <source>▶ Filter {o}</source>
        <translation>▶ フィルター {o}</translation>
    </message>
    <message>
        <source>Filter {o}</source>
        <translation>フィルター {o}</translation>
    </message>
    <message>
        <source>Step {i} / {n} · filter {o} · row {r}, col {c}</source>
        <translation>ステップ {i} / {n} · フィルター {o} · 行 {r}、列 {c}</translation>
    </message>
    <message>
        <source>Channels (RGB)</source>
        <translation>チャンネル (RGB)</translation>
    </message>
</context>
<context>
    <name>CodeDialog</name>
    <message>
        <source>Code for this layer — PyTorch and Keras</source>
        <translation>この層のコード — PyTorch と Keras</translation>
    </message>
    <message>
        <source>Save input as CS&amp;V…</source>
        <translation>入力を CSV で保存(&amp;V)…</translation>
    </message>
    <message>
        <source>{framework} code</source>
        <translation>{framework} のコード</translation>
    </message>
    <message>
        <source>Ctrl + mouse wheel, or Ctrl + / Ctrl −, changes the text size</source>
        <translation>Ctrl + マウスホイール、または Ctrl + / Ctrl − で文字の大きさを変更</translation>
    </message>
    <message>
        <source>Run it: it prints the numbers convstudio shows.</source>
        <translation>実行すると、convstudio が表示している数値を出力します。</translation>
    </message>
    <message>
        <source>&amp;Copy {framework} code</source>
        <translation>{framework} のコードをコピー(&amp;C)</translation>
    </message>
    <message>
        <source>Show &amp;code (PyTorch / Keras)</source>
        <translation>コードを表示 (PyTorch / Keras)(&amp;C)</translation>
    </message>
    <message>
        <source>Copied ✓</source>
        <translation>コピーしました ✓</translation>
    </message>
    <message>
        <source>The input has {h}×{w} = {n} values, too many to paste: the code reads them from {csv}. Save it next to your script.</source>
        <translation>入力は {h}×{w} = {n} 個の値があり、コードに貼り込むには多すぎるため、コードは {csv} から読み込みます。スクリプトと同じフォルダーに保存してください。</translation>
    </message>
    <message>
        <source>Input {h}×{w} and kernel values are included in the code.</source>
        <translation>入力 {h}×{w} とカーネルの値はコードに含まれています。</translation>
    </message>
    <message>
        <source>Save the input values</source>
        <translation>入力値を保存</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV ファイル (*.csv)</translation>
    </message>
    <message>
        <source>{path} could not be written ({reason}).</source>
        <translation>{path} に書き込めませんでした（{reason}）。</translation>
    </message>
    <message>
        <source>Cannot save</source>
        <translation>保存できません</translation>
    </message>
</context>
<context>
    <name>ComparePage</name>
    <message>
        <source>Shift test: move the input up</source>
        <translation>シフトテスト：入力を上へ移動</translation>
    </message>
    <message>
        <source>Shift test: move the input down</source>
        <translation>シフトテスト：入力を下へ移動</translation>
    </message>
    <message>
        <source>Shift test: move the input left</source>
        <translation>シフトテスト：入力を左へ移動</translation>
    </message>
    <message>
        <source>Shift test: move the input right</source>
        <translation>シフトテスト：入力を右へ移動</translation>
    </message>
    <message>
        <source>Shift test: put the input back</source>
        <translation>シフトテスト：入力を元に戻す</translation>
    </message>
    <message>
        <source> — finished</source>
        <translation> — 完了</translation>
    </message>
    <message>
        <source>Compare</source>
        <translation>比較</translation>
    </message>
    <message>
        <source>Step {i} of {n} · A {ia} / {na} · B {ib} / {nb}</source>
        <translation>ステップ {i} / {n} · A {ia} / {na} · B {ib} / {nb}</translation>
    </message>
</context>
<context>
    <name>ComparePanel</name>
    <message>
        <source>Compare A and B</source>
        <translation>A と B の比較</translation>
    </message>
    <message>
        <source>Appl&amp;y edits to</source>
        <translation>編集の適用先(&amp;Y)</translation>
    </message>
    <message>
        <source>A</source>
        <translation>A</translation>
    </message>
    <message>
        <source>B</source>
        <translation>B</translation>
    </message>
    <message>
        <source>A and B</source>
        <translation>A と B</translation>
    </message>
    <message>
        <source>Apply edits to {target}</source>
        <translation>編集を {target} に適用</translation>
    </message>
    <message>
        <source>Classic pairs</source>
        <translation>定番の組み合わせ</translation>
    </message>
    <message>
        <source>&amp;1  same vs valid</source>
        <translation>same 対 valid(&amp;1)</translation>
    </message>
    <message>
        <source>&amp;2  zeros vs reflect</source>
        <translation>ゼロ 対 反射(&amp;2)</translation>
    </message>
    <message>
        <source>&amp;3  PyTorch pad 1 vs TF same, stride 2</source>
        <translation>PyTorch pad 1 対 TF same、ストライド 2(&amp;3)</translation>
    </message>
    <message>
        <source>&amp;4  stride 1 vs stride 2</source>
        <translation>ストライド 1 対 ストライド 2(&amp;4)</translation>
    </message>
    <message>
        <source>Needs a 3×3 kernel and an even input size (an odd size makes TF pad 1 on each side too); both are set for you</source>
        <translation>3×3 のカーネルと偶数の入力サイズが必要です（奇数サイズでは TF も各辺に 1 ずつパディングするため）。どちらも自動で設定されます</translation>
    </message>
    <message>
        <source>Shift test</source>
        <translation>シフトテスト</translation>
    </message>
    <message>
        <source>Show the shift test i&amp;nstead</source>
        <translation>代わりにシフトテストを表示(&amp;N)</translation>
    </message>
    <message>
        <source>Show the shift test</source>
        <translation>シフトテストを表示</translation>
    </message>
    <message>
        <source>Alt+arrows move the input by one cell; Alt+Home back</source>
        <translation>Alt+矢印キーで入力を 1 マスずつ移動、Alt+Home で元に戻す</translation>
    </message>
    <message>
        <source>Shift &amp;by (↓, →)</source>
        <translation>移動量 (↓, →)(&amp;B)</translation>
    </message>
    <message>
        <source>Shift rows</source>
        <translation>縦方向の移動量</translation>
    </message>
    <message>
        <source>Shift columns</source>
        <translation>横方向の移動量</translation>
    </message>
    <message>
        <source>Ma&amp;x pooling after</source>
        <translation>直後の最大プーリング(&amp;X)</translation>
    </message>
    <message>
        <source>Max pooling after the convolution</source>
        <translation>畳み込みの直後の最大プーリング</translation>
    </message>
    <message>
        <source>none</source>
        <translation>なし</translation>
    </message>
</context>
<context>
    <name>CompareView</name>
    <message>
        <source>explicit</source>
        <translation>明示指定</translation>
    </message>
    <message>
        <source>kernel {kh}×{kw}</source>
        <translation>カーネル {kh}×{kw}</translation>
    </message>
    <message>
        <source>{kernel} {kh}×{kw}</source>
        <translation>{kernel} {kh}×{kw}</translation>
    </message>
    <message>
        <source>stride {s}</source>
        <translation>ストライド {s}</translation>
    </message>
    <message>
        <source>padding {name} ↑{t} ↓{b} ←{l} →{r}</source>
        <translation>パディング {name} ↑{t} ↓{b} ←{l} →{r}</translation>
    </message>
    <message>
        <source>dilation {d}</source>
        <translation>ダイレーション {d}</translation>
    </message>
    <message>
        <source>flipped</source>
        <translation>180° 回転</translation>
    </message>
    <message>
        <source>{side}: padded {hp}×{wp}</source>
        <translation>{side}：パディング後 {hp}×{wp}</translation>
    </message>
    <message>
        <source>{side}: output {ho}×{wo}</source>
        <translation>{side}：出力 {ho}×{wo}</translation>
    </message>
    <message>
        <source>B − A: {d} differ</source>
        <translation>B − A：{d} 個が異なる</translation>
    </message>
    <message>
        <source>B − A, top-left {h}×{w}: {d} differ</source>
        <translation>B − A、左上 {h}×{w}：{d} 個が異なる</translation>
    </message>
</context>
<context>
    <name>ControlsPanel</name>
    <message>
        <source>Input</source>
        <translation>入力</translation>
    </message>
    <message>
        <source>Kernel</source>
        <translation>カーネル</translation>
    </message>
    <message>
        <source>Padding</source>
        <translation>パディング</translation>
    </message>
    <message>
        <source>Stride &amp;&amp; dilation</source>
        <translation>ストライドとダイレーション</translation>
    </message>
    <message>
        <source>Display</source>
        <translation>表示</translation>
    </message>
    <message>
        <source>&amp;Input size</source>
        <translation>入力サイズ(&amp;I)</translation>
    </message>
    <message>
        <source>&amp;Data</source>
        <translation>データ(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Kernel size</source>
        <translation>カーネルサイズ(&amp;K)</translation>
    </message>
    <message>
        <source>&amp;Weights</source>
        <translation>重み(&amp;W)</translation>
    </message>
    <message>
        <source>P&amp;adding</source>
        <translation>パディング(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Top / bottom</source>
        <translation>上 / 下(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Left / right</source>
        <translation>左 / 右(&amp;L)</translation>
    </message>
    <message>
        <source>Fill &amp;mode</source>
        <translation>埋め方(&amp;M)</translation>
    </message>
    <message>
        <source>Fill val&amp;ue</source>
        <translation>埋める値(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Stride</source>
        <translation>ストライド(&amp;S)</translation>
    </message>
    <message>
        <source>Dilati&amp;on</source>
        <translation>ダイレーション(&amp;O)</translation>
    </message>
    <message>
        <source>New &amp;random values</source>
        <translation>新しい乱数値(&amp;R)</translation>
    </message>
    <message>
        <source>Draw new random digits 0–9 (switches the input to random)</source>
        <translation>0–9 の乱数を引き直します（入力を乱数に切り替えます）</translation>
    </message>
    <message>
        <source>valid: no padding · same: output size = input size / stride · full: every partial overlap · explicit: type the four amounts</source>
        <translation>valid：パディングなし · same：出力サイズ = 入力サイズ / ストライド · full：部分的な重なりもすべて計算 · 明示指定：4 辺の量を入力</translation>
    </message>
    <message>
        <source>Value the padding holds when the fill mode is constant</source>
        <translation>埋め方が「定数 (constant)」のときにパディングに入る値</translation>
    </message>
    <message>
        <source>True &amp;convolution
(flip kernel 180°)</source>
        <translation>真の畳み込み(&amp;C)
（カーネルを 180° 回転）</translation>
    </message>
    <message>
        <source>Checked: true convolution, the kernel rotated 180°. Unchecked: cross-correlation, what PyTorch and TensorFlow compute.</source>
        <translation>オン：真の畳み込み（カーネルを 180° 回転）。オフ：相互相関（PyTorch や TensorFlow が実際に計算するもの）。</translation>
    </message>
    <message>
        <source>Covera&amp;ge heat map</source>
        <translation>カバー回数ヒートマップ(&amp;G)</translation>
    </message>
    <message>
        <source>Colour each input cell by how many windows cover it</source>
        <translation>各入力セルを、それを覆うウィンドウの数で色分けします</translation>
    </message>
    <message>
        <source>Error message</source>
        <translation>エラーメッセージ</translation>
    </message>
    <message>
        <source>Input values</source>
        <translation>入力値</translation>
    </message>
    <message>
        <source>Kernel weights</source>
        <translation>カーネルの重み</translation>
    </message>
    <message>
        <source>Fill mode</source>
        <translation>埋め方</translation>
    </message>
    <message>
        <source>Constant fill value</source>
        <translation>定数パディングの値</translation>
    </message>
    <message>
        <source>Input height</source>
        <translation>入力の高さ</translation>
    </message>
    <message>
        <source>Input width</source>
        <translation>入力の幅</translation>
    </message>
    <message>
        <source>Kernel height</source>
        <translation>カーネルの高さ</translation>
    </message>
    <message>
        <source>Kernel width</source>
        <translation>カーネルの幅</translation>
    </message>
    <message>
        <source>Padding top</source>
        <translation>上のパディング</translation>
    </message>
    <message>
        <source>Padding bottom</source>
        <translation>下のパディング</translation>
    </message>
    <message>
        <source>Padding left</source>
        <translation>左のパディング</translation>
    </message>
    <message>
        <source>Padding right</source>
        <translation>右のパディング</translation>
    </message>
    <message>
        <source>Stride height</source>
        <translation>縦方向のストライド</translation>
    </message>
    <message>
        <source>Stride width</source>
        <translation>横方向のストライド</translation>
    </message>
    <message>
        <source>Dilation height</source>
        <translation>縦方向のダイレーション</translation>
    </message>
    <message>
        <source>Dilation width</source>
        <translation>横方向のダイレーション</translation>
    </message>
    <message>
        <source>{name} ({lo}–{hi})</source>
        <translation>{name}（{lo}–{hi}）</translation>
    </message>
    <message>
        <source>custom (typed)</source>
        <translation>カスタム（手入力）</translation>
    </message>
    <message>
        <source>opened image</source>
        <translation>開いた画像</translation>
    </message>
    <message>
        <source>valid</source>
        <translation>valid</translation>
    </message>
    <message>
        <source>same</source>
        <translation>same</translation>
    </message>
    <message>
        <source>full</source>
        <translation>full</translation>
    </message>
    <message>
        <source>explicit</source>
        <translation>明示指定</translation>
    </message>
    <message>
        <source>zeros</source>
        <translation>ゼロ (zeros)</translation>
    </message>
    <message>
        <source>constant</source>
        <translation>定数 (constant)</translation>
    </message>
    <message>
        <source>reflect</source>
        <translation>反射 (reflect)</translation>
    </message>
    <message>
        <source>symmetric</source>
        <translation>対称 (symmetric)</translation>
    </message>
    <message>
        <source>replicate</source>
        <translation>複製 (replicate)</translation>
    </message>
    <message>
        <source>circular</source>
        <translation>循環 (circular)</translation>
    </message>
</context>
<context>
    <name>ConvForm</name>
    <message>
        <source>&amp;Kernel</source>
        <translation>カーネル(&amp;K)</translation>
    </message>
    <message>
        <source>&amp;Stride</source>
        <translation>ストライド(&amp;S)</translation>
    </message>
    <message>
        <source>Paddin&amp;g</source>
        <translation>パディング(&amp;G)</translation>
    </message>
    <message>
        <source>Top / &amp;bottom</source>
        <translation>上 / 下(&amp;B)</translation>
    </message>
    <message>
        <source>Left / &amp;right</source>
        <translation>左 / 右(&amp;R)</translation>
    </message>
    <message>
        <source>Fi&amp;ll mode</source>
        <translation>埋め方(&amp;L)</translation>
    </message>
    <message>
        <source>D&amp;ilation</source>
        <translation>ダイレーション(&amp;I)</translation>
    </message>
    <message>
        <source>Filters</source>
        <translation>フィルター数</translation>
    </message>
    <message>
        <source>Bias</source>
        <translation>バイアス</translation>
    </message>
    <message>
        <source>same as input</source>
        <translation>入力と同じ</translation>
    </message>
    <message>
        <source>one per filter</source>
        <translation>フィルターごとに 1 つ</translation>
    </message>
    <message>
        <source>explicit</source>
        <translation>明示指定</translation>
    </message>
    <message>
        <source>Kernel height</source>
        <translation>カーネルの高さ</translation>
    </message>
    <message>
        <source>Kernel width</source>
        <translation>カーネルの幅</translation>
    </message>
    <message>
        <source>Stride height</source>
        <translation>縦方向のストライド</translation>
    </message>
    <message>
        <source>Stride width</source>
        <translation>横方向のストライド</translation>
    </message>
    <message>
        <source>Padding</source>
        <translation>パディング</translation>
    </message>
    <message>
        <source>Padding top</source>
        <translation>上のパディング</translation>
    </message>
    <message>
        <source>Padding bottom</source>
        <translation>下のパディング</translation>
    </message>
    <message>
        <source>Padding left</source>
        <translation>左のパディング</translation>
    </message>
    <message>
        <source>Padding right</source>
        <translation>右のパディング</translation>
    </message>
    <message>
        <source>Fill mode</source>
        <translation>埋め方</translation>
    </message>
    <message>
        <source>Dilation height</source>
        <translation>縦方向のダイレーション</translation>
    </message>
    <message>
        <source>Dilation width</source>
        <translation>横方向のダイレーション</translation>
    </message>
</context>
<context>
    <name>CrashGuard</name>
    <message>
        <source>Your work is safe: it was saved to {}.</source>
        <translation>作業は無事です：{} に保存しました。</translation>
    </message>
    <message>
        <source>Your work could not be saved automatically; save it with Ctrl+S.</source>
        <translation>作業を自動保存できませんでした。Ctrl+S で保存してください。</translation>
    </message>
    <message>
        <source>convstudio is still running. {}

The details for a bug report are in {}</source>
        <translation>convstudio は動作を続けています。{}

バグ報告用の詳細は {} にあります</translation>
    </message>
    <message>
        <source>convstudio: something went wrong</source>
        <translation>convstudio：問題が発生しました</translation>
    </message>
    <message>
        <source>That action failed: {}</source>
        <translation>その操作は失敗しました：{}</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>Custom</source>
        <translation>カスタム</translation>
    </message>
    <message>
        <source>Export {format}</source>
        <translation>{format} をエクスポート</translation>
    </message>
    <message>
        <source>Frame size</source>
        <translation>フレームサイズ</translation>
    </message>
    <message>
        <source>&amp;Frame size:</source>
        <translation>フレームサイズ(&amp;F)：</translation>
    </message>
    <message>
        <source>Custom (pixels):</source>
        <translation>カスタム（ピクセル）：</translation>
    </message>
    <message>
        <source> frames/s</source>
        <translation> フレーム/秒</translation>
    </message>
    <message>
        <source>&amp;Every step</source>
        <translation>すべてのステップ(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Speed:</source>
        <translation>速度(&amp;S)：</translation>
    </message>
    <message>
        <source>or steps</source>
        <translation>またはステップ</translation>
    </message>
    <message>
        <source>to</source>
        <translation>～</translation>
    </message>
    <message>
        <source>Steps:</source>
        <translation>ステップ：</translation>
    </message>
    <message>
        <source>{count} frames, {seconds} s long</source>
        <translation>{count} フレーム、長さ {seconds} 秒</translation>
    </message>
</context>
<context>
    <name>Exporter</name>
    <message>
        <source>&amp;Export</source>
        <translation>エクスポート(&amp;E)</translation>
    </message>
    <message>
        <source>Current frame as &amp;PNG…</source>
        <translation>現在のフレームを PNG で(&amp;P)…</translation>
    </message>
    <message>
        <source>&amp;Copy current frame</source>
        <translation>現在のフレームをコピー(&amp;C)</translation>
    </message>
    <message>
        <source>Walk as animated &amp;GIF…</source>
        <translation>全ステップを GIF アニメで(&amp;G)…</translation>
    </message>
    <message>
        <source>Walk as &amp;MP4 video…</source>
        <translation>全ステップを MP4 動画で(&amp;M)…</translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation>PNG 画像 (*.png)</translation>
    </message>
    <message>
        <source>GIF animations (*.gif)</source>
        <translation>GIF アニメーション (*.gif)</translation>
    </message>
    <message>
        <source>MP4 videos (*.mp4)</source>
        <translation>MP4 動画 (*.mp4)</translation>
    </message>
    <message>
        <source>Export {format}</source>
        <translation>{format} をエクスポート</translation>
    </message>
    <message>
        <source>{hint}

GIF export works without it.</source>
        <translation>{hint}

GIF のエクスポートはこれがなくても使えます。</translation>
    </message>
    <message>
        <source>MP4 export is not installed</source>
        <translation>MP4 エクスポート機能がインストールされていません</translation>
    </message>
    <message>
        <source>{notice}

Export these evenly spaced steps?</source>
        <translation>{notice}

この等間隔のステップをエクスポートしますか？</translation>
    </message>
    <message>
        <source>A very long walk</source>
        <translation>ステップが非常に多いです</translation>
    </message>
    <message>
        <source>Writing {name}…</source>
        <translation>{name} を書き込み中…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>キャンセル</translation>
    </message>
    <message>
        <source>Exporting</source>
        <translation>エクスポート中</translation>
    </message>
    <message>
        <source>Writing {name}: frame {done} of {count}</source>
        <translation>{name} を書き込み中：{count} フレーム中 {done}</translation>
    </message>
    <message>
        <source>{error}

Nothing was written.</source>
        <translation>{error}

ファイルは書き込まれていません。</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>エクスポートに失敗しました</translation>
    </message>
</context>
<context>
    <name>FormulaPanel</name>
    <message>
        <source>Output size</source>
        <translation>出力サイズ</translation>
    </message>
    <message>
        <source>This step: input · weight</source>
        <translation>このステップ：入力 · 重み</translation>
    </message>
    <message>
        <source>Under the mouse</source>
        <translation>マウスの位置</translation>
    </message>
</context>
<context>
    <name>ImageOpener</name>
    <message>
        <source>Open &amp;image…</source>
        <translation>画像を開く(&amp;I)…</translation>
    </message>
    <message>
        <source>Open a PNG or JPEG as the input (one channel, scaled to fit)</source>
        <translation>PNG または JPEG を入力として開きます（1 チャンネル、必要に応じて縮小）</translation>
    </message>
    <message>
        <source>Open sa&amp;mple image</source>
        <translation>サンプル画像を開く(&amp;M)</translation>
    </message>
    <message>
        <source>Open a PNG or JPEG image</source>
        <translation>PNG または JPEG 画像を開く</translation>
    </message>
    <message>
        <source>PNG or JPEG images (*.png *.jpg *.jpeg *.PNG *.JPG *.JPEG);;All files (*)</source>
        <translation>PNG または JPEG 画像 (*.png *.jpg *.jpeg *.PNG *.JPG *.JPEG);;すべてのファイル (*)</translation>
    </message>
    <message>
        <source>Opened {name}: {h}×{w} values, {mode}.</source>
        <translation>{name} を開きました：{h}×{w} 個の値、{mode}。</translation>
    </message>
    <message>
        <source>Cannot open this image</source>
        <translation>この画像を開けません</translation>
    </message>
</context>
<context>
    <name>LanguageMenu</name>
    <message>
        <source>&amp;Language</source>
        <translation>言語 Language(&amp;L)</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>&amp;File</source>
        <translation>ファイル(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>編集(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Playback</source>
        <translation>再生(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>表示(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Mode</source>
        <translation>モード(&amp;M)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>ヘルプ(&amp;H)</translation>
    </message>
    <message>
        <source>Next mode</source>
        <translation>次のモード</translation>
    </message>
    <message>
        <source>Previous mode</source>
        <translation>前のモード</translation>
    </message>
    <message>
        <source>Play / pause</source>
        <translation>再生 / 一時停止</translation>
    </message>
    <message>
        <source>Step forward</source>
        <translation>1 ステップ進む</translation>
    </message>
    <message>
        <source>Step back</source>
        <translation>1 ステップ戻る</translation>
    </message>
    <message>
        <source>First step</source>
        <translation>最初のステップ</translation>
    </message>
    <message>
        <source>Last step (whole output)</source>
        <translation>最後のステップ（出力全体）</translation>
    </message>
    <message>
        <source>Faster</source>
        <translation>速く</translation>
    </message>
    <message>
        <source>Slower</source>
        <translation>遅く</translation>
    </message>
    <message>
        <source>&amp;Image mode (inputs up to 1024×1024)</source>
        <translation>画像モード（入力は最大 1024×1024）(&amp;I)</translation>
    </message>
    <message>
        <source>&amp;About convstudio</source>
        <translation>convstudio について(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>終了(&amp;Q)</translation>
    </message>
    <message>
        <source>Single layer</source>
        <translation>単一層</translation>
    </message>
    <message>
        <source>there is no mode called {name!r}; the modes are: {known}</source>
        <translation>{name!r} というモードはありません。使えるモード：{known}</translation>
    </message>
    <message>
        <source>convstudio — padding, stride and dilation, step by step</source>
        <translation>convstudio — パディング・ストライド・ダイレーションを 1 ステップずつ</translation>
    </message>
    <message>
        <source>Input {h}×{w} → padded {hp}×{wp}</source>
        <translation>入力 {h}×{w} → パディング後 {hp}×{wp}</translation>
    </message>
    <message>
        <source>Kernel {kh}×{kw} · flipped 180° when applied</source>
        <translation>カーネル {kh}×{kw} · 適用時に 180° 回転</translation>
    </message>
    <message>
        <source>Kernel {kh}×{kw}</source>
        <translation>カーネル {kh}×{kw}</translation>
    </message>
    <message>
        <source>Output {ho}×{wo}</source>
        <translation>出力 {ho}×{wo}</translation>
    </message>
    <message>
        <source>Input cell ({r}, {c})</source>
        <translation>入力セル ({r}, {c})</translation>
    </message>
    <message>
        <source>Kernel tap ({row}, {col})</source>
        <translation>カーネルのタップ ({row}, {col})</translation>
    </message>
    <message>
        <source>Type a value</source>
        <translation>値を入力</translation>
    </message>
    <message>
        <source>{what}:</source>
        <translation>{what}：</translation>
    </message>
    <message>
        <source>About convstudio</source>
        <translation>convstudio について</translation>
    </message>
    <message>
        <source>What padding, stride and dilation do to a convolution, step by step — with the numbers PyTorch prints.</source>
        <translation>パディング・ストライド・ダイレーションが畳み込みに何をするかを 1 ステップずつ。数値は PyTorch の出力と同じです。</translation>
    </message>
</context>
<context>
    <name>ModePage</name>
    <message>
        <source>Step {i} / {n}</source>
        <extracomment>Stable id used by sessions, presets and the command line (&quot;pooling&quot;, &quot;compare&quot;, …).</extracomment>
        <translation>ステップ {i} / {n}</translation>
    </message>
    <message>
        <source>&apos;padding&apos; must be {names} or [[top, bottom], [left, right]] with whole numbers from 0 to {max}</source>
        <translation>&apos;padding&apos; は {names}、または 0〜{max} の整数からなる [[top, bottom], [left, right]] でなければなりません</translation>
    </message>
    <message>
        <source>the colour picture has 3 channels (R, G, B), not {n}; set the input channels to 3 or pick generated data</source>
        <translation>カラー画像のチャンネルは {n} ではなく 3 つ (R, G, B) です。入力チャンネル数を 3 にするか、生成データを選んでください</translation>
    </message>
    <message>
        <source>mode {name}</source>
        <translation>モード {name}</translation>
    </message>
    <message>
        <source>&apos;{name}&apos; must be one of {options}, found {found}</source>
        <translation>&apos;{name}&apos; は {options} のいずれかでなければなりませんが、{found} でした</translation>
    </message>
    <message>
        <source>the state</source>
        <translation>状態</translation>
    </message>
</context>
<context>
    <name>OpenImageDialog</name>
    <message>
        <source>Open image — {name}</source>
        <translation>画像を開く — {name}</translation>
    </message>
    <message>
        <source>&lt;b&gt;{name}&lt;/b&gt;: {h}×{w} pixels, colour {format}</source>
        <translation>&lt;b&gt;{name}&lt;/b&gt;：{h}×{w} ピクセル、カラー {format}</translation>
    </message>
    <message>
        <source>&lt;b&gt;{name}&lt;/b&gt;: {h}×{w} pixels, greyscale {format}</source>
        <translation>&lt;b&gt;{name}&lt;/b&gt;：{h}×{w} ピクセル、グレースケール {format}</translation>
    </message>
    <message>
        <source>Values to use (the window shows one channel)</source>
        <translation>使う値（ウィンドウには 1 チャンネルだけ表示します）</translation>
    </message>
    <message>
        <source>Luminance = 0.299·R + 0.587·G + 0.114·B, rounded (what Pillow&apos;s convert(&quot;L&quot;) gives). All three channels at once needs multi-channel input.</source>
        <translation>輝度 = 0.299·R + 0.587·G + 0.114·B を丸めた値（Pillow の convert(&quot;L&quot;) と同じ）。3 チャンネルを同時に使うには多チャンネル入力が必要です。</translation>
    </message>
    <message>
        <source>A greyscale image has one channel: its values 0–255 are used as they are.</source>
        <translation>グレースケール画像は 1 チャンネルです。0–255 の値をそのまま使います。</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>サイズ</translation>
    </message>
    <message>
        <source> pixels</source>
        <translation> ピクセル</translation>
    </message>
    <message>
        <source>Fit within</source>
        <translation>収める大きさ</translation>
    </message>
    <message>
        <source>&amp;Fit within a square of</source>
        <translation>一辺の上限(&amp;F)</translation>
    </message>
    <message>
        <source>Input will be</source>
        <translation>入力のサイズ</translation>
    </message>
    <message>
        <source>View → Image mode allows up to {n} pixels.</source>
        <translation>表示 → 画像モードでは最大 {n} ピクセルまで使えます。</translation>
    </message>
    <message>
        <source>{h}×{w} values (kept at its size)</source>
        <translation>{h}×{w} 個の値（元のサイズのまま）</translation>
    </message>
    <message>
        <source>{h}×{w} values (scaled down, aspect kept)</source>
        <translation>{h}×{w} 個の値（縮小、縦横比を維持）</translation>
    </message>
</context>
<context>
    <name>PlaybackBar</name>
    <message>
        <source>First step (Home)</source>
        <translation>最初のステップ (Home)</translation>
    </message>
    <message>
        <source>Step back (←)</source>
        <translation>1 ステップ戻る (←)</translation>
    </message>
    <message>
        <source>Step forward (→)</source>
        <translation>1 ステップ進む (→)</translation>
    </message>
    <message>
        <source>Last step (End)</source>
        <translation>最後のステップ (End)</translation>
    </message>
    <message>
        <source>Step counter</source>
        <translation>ステップカウンター</translation>
    </message>
    <message>
        <source>Step scrubber</source>
        <translation>ステップのスライダー</translation>
    </message>
    <message>
        <source>Drag to any step</source>
        <translation>ドラッグして任意のステップへ</translation>
    </message>
    <message>
        <source> steps/s</source>
        <translation> ステップ/秒</translation>
    </message>
    <message>
        <source>Playback speed</source>
        <translation>再生速度</translation>
    </message>
    <message>
        <source>Playback speed, {lo}–{hi} steps per second (− / + keys)</source>
        <translation>再生速度、毎秒 {lo}–{hi} ステップ（− / + キー）</translation>
    </message>
    <message>
        <source>Pause (Space)</source>
        <translation>一時停止 (Space)</translation>
    </message>
    <message>
        <source>Play (Space)</source>
        <translation>再生 (Space)</translation>
    </message>
</context>
<context>
    <name>PoolForm</name>
    <message>
        <source>Poo&amp;ling</source>
        <translation>プーリング(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Kernel</source>
        <translation>カーネル(&amp;K)</translation>
    </message>
    <message>
        <source>&amp;Stride</source>
        <translation>ストライド(&amp;S)</translation>
    </message>
    <message>
        <source>Paddin&amp;g</source>
        <translation>パディング(&amp;G)</translation>
    </message>
    <message>
        <source>Ceil mode</source>
        <translation>ceil_mode</translation>
    </message>
    <message>
        <source>&amp;Round the size up</source>
        <translation>サイズを切り上げる(&amp;R)</translation>
    </message>
    <message>
        <source>max</source>
        <translation>最大</translation>
    </message>
    <message>
        <source>average</source>
        <translation>平均</translation>
    </message>
    <message>
        <source>Pooling</source>
        <translation>プーリング</translation>
    </message>
    <message>
        <source>Pool kernel height</source>
        <translation>プーリングのカーネルの高さ</translation>
    </message>
    <message>
        <source>Pool kernel width</source>
        <translation>プーリングのカーネルの幅</translation>
    </message>
    <message>
        <source>Pool stride height</source>
        <translation>プーリングの縦方向のストライド</translation>
    </message>
    <message>
        <source>Pool stride width</source>
        <translation>プーリングの横方向のストライド</translation>
    </message>
    <message>
        <source>Pool padding height</source>
        <translation>プーリングの縦方向のパディング</translation>
    </message>
    <message>
        <source>Pool padding width</source>
        <translation>プーリングの横方向のパディング</translation>
    </message>
</context>
<context>
    <name>PoolingControls</name>
    <message>
        <source>Typed values</source>
        <translation>手入力の値</translation>
    </message>
    <message>
        <source>Max pooling</source>
        <translation>最大プーリング</translation>
    </message>
    <message>
        <source>Average pooling</source>
        <translation>平均プーリング</translation>
    </message>
    <message>
        <source>&amp;Type</source>
        <translation>種類(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Input size</source>
        <translation>入力サイズ(&amp;I)</translation>
    </message>
    <message>
        <source>&amp;Data</source>
        <translation>データ(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Kernel</source>
        <translation>カーネル(&amp;K)</translation>
    </message>
    <message>
        <source>&amp;Stride</source>
        <translation>ストライド(&amp;S)</translation>
    </message>
    <message>
        <source>P&amp;adding</source>
        <translation>パディング(&amp;A)</translation>
    </message>
    <message>
        <source>Di&amp;lation</source>
        <translation>ダイレーション(&amp;L)</translation>
    </message>
    <message>
        <source>New &amp;random values</source>
        <translation>新しい乱数値(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Ceil mode (round the size up)</source>
        <translation>ceil_mode（サイズを切り上げ）(&amp;C)</translation>
    </message>
    <message>
        <source>Cou&amp;nt padding in the divisor</source>
        <translation>パディングを除数に含める(&amp;N)</translation>
    </message>
    <message>
        <source>Pooling type</source>
        <translation>プーリングの種類</translation>
    </message>
    <message>
        <source>Input data</source>
        <translation>入力データ</translation>
    </message>
    <message>
        <source>New random values</source>
        <translation>新しい乱数値</translation>
    </message>
    <message>
        <source>Ceil mode</source>
        <translation>ceil_mode</translation>
    </message>
    <message>
        <source>Count padding</source>
        <translation>パディングを除数に含める</translation>
    </message>
    <message>
        <source>ceil_mode=True: round the output size up; a last window may hang over</source>
        <translation>ceil_mode=True：出力サイズを切り上げます。最後のウィンドウがはみ出すことがあります</translation>
    </message>
    <message>
        <source>count_include_pad=True: padding cells count in the average&apos;s divisor</source>
        <translation>count_include_pad=True：パディングのセルも平均の除数に数えます</translation>
    </message>
    <message>
        <source>Input rows</source>
        <translation>入力の行数</translation>
    </message>
    <message>
        <source>Input columns</source>
        <translation>入力の列数</translation>
    </message>
    <message>
        <source>Kernel rows</source>
        <translation>カーネルの行数</translation>
    </message>
    <message>
        <source>Kernel columns</source>
        <translation>カーネルの列数</translation>
    </message>
    <message>
        <source>Stride rows</source>
        <translation>縦方向のストライド</translation>
    </message>
    <message>
        <source>Stride columns</source>
        <translation>横方向のストライド</translation>
    </message>
    <message>
        <source>Padding rows</source>
        <translation>縦方向のパディング</translation>
    </message>
    <message>
        <source>Padding columns</source>
        <translation>横方向のパディング</translation>
    </message>
    <message>
        <source>Dilation rows</source>
        <translation>縦方向のダイレーション</translation>
    </message>
    <message>
        <source>Dilation columns</source>
        <translation>横方向のダイレーション</translation>
    </message>
</context>
<context>
    <name>PoolingPage</name>
    <message>
        <source>This step</source>
        <translation>このステップ</translation>
    </message>
    <message>
        <source>Input {h}×{w} → padded {hp}×{wp} (padding −∞)</source>
        <translation>入力 {h}×{w} → パディング後 {hp}×{wp}（パディング −∞）</translation>
    </message>
    <message>
        <source>Input {h}×{w} → padded {hp}×{wp} (padding 0)</source>
        <translation>入力 {h}×{w} → パディング後 {hp}×{wp}（パディング 0）</translation>
    </message>
    <message>
        <source> · hatched: past the edge, never read</source>
        <translation> · 斜線：端の外側で、読まれない</translation>
    </message>
    <message>
        <source>Max pool output {ho}×{wo}</source>
        <translation>最大プーリングの出力 {ho}×{wo}</translation>
    </message>
    <message>
        <source>Average pool output {ho}×{wo}</source>
        <translation>平均プーリングの出力 {ho}×{wo}</translation>
    </message>
    <message>
        <source>Padding keeps the size, pooling shrinks it:</source>
        <translation>パディングはサイズを保ち、プーリングは縮める：</translation>
    </message>
    <message>
        <source>Step {i} / {n} · output ({r}, {c})</source>
        <translation>ステップ {i} / {n} · 出力 ({r}, {c})</translation>
    </message>
    <message>
        <source>Pooling</source>
        <translation>プーリング</translation>
    </message>
</context>
<context>
    <name>Presenter</name>
    <message>
        <source>&amp;Normal</source>
        <translation>標準(&amp;N)</translation>
    </message>
    <message>
        <source>High contrast, &amp;dark</source>
        <translation>ハイコントラスト・暗(&amp;D)</translation>
    </message>
    <message>
        <source>High contrast, &amp;light</source>
        <translation>ハイコントラスト・明(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Default</source>
        <translation>既定(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Colour-blind safe</source>
        <translation>色覚の多様性に配慮(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;High contrast</source>
        <translation>ハイコントラスト(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;Presenter</source>
        <translation>プレゼンター(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Full screen</source>
        <translation>全画面表示(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Leave full screen</source>
        <translation>全画面表示を終了(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Settings panel</source>
        <translation>設定パネル(&amp;S)</translation>
    </message>
    <message>
        <source>Zoom &amp;in</source>
        <translation>拡大(&amp;I)</translation>
    </message>
    <message>
        <source>Zoom &amp;out</source>
        <translation>縮小(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Reset zoom</source>
        <translation>ズームをリセット(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Theme</source>
        <translation>テーマ(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Cell colours</source>
        <translation>セルの配色(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts…</source>
        <translation>キーボードショートカット(&amp;K)…</translation>
    </message>
</context>
<context>
    <name>Presets</name>
    <message>
        <source>4×4 ⊛ 3×3, valid → 2×2</source>
        <translation>4×4 ⊛ 3×3、valid → 2×2</translation>
    </message>
    <message>
        <source>No padding: a 3×3 window fits 4 − 3 + 1 = 2 times across and 2 times down, so the output is 2×2. The kernel is a vertical-edge detector (left column minus right column); every output is the sum of 9 products you can check by hand.</source>
        <translation>パディングなし：3×3 のウィンドウは横に 4 − 3 + 1 = 2 回、縦にも 2 回収まるので、出力は 2×2 です。カーネルは縦エッジ検出器（左の列 − 右の列）で、各出力は手で確かめられる 9 個の積の和です。</translation>
    </message>
    <message>
        <source>4×4 ⊛ 3×3, same → 4×4</source>
        <translation>4×4 ⊛ 3×3、same → 4×4</translation>
    </message>
    <message>
        <source>&apos;same&apos; adds one ring of zeros (at stride 1 this is PyTorch&apos;s padding=1), so the padded input is 6×6 and the output keeps the input&apos;s 4×4 size. Compare with valid-4x4: the four middle outputs are the same numbers.</source>
        <translation>&apos;same&apos; は周囲にゼロを 1 周加えます（ストライド 1 では PyTorch の padding=1 と同じ）。パディング後の入力は 6×6 になり、出力は入力と同じ 4×4 のままです。valid-4x4 と比べると、中央の 4 つの出力は同じ数値です。</translation>
    </message>
    <message>
        <source>Handwritten 7 (28×28) ⊛ Sobel x, valid → 26×26</source>
        <translation>手書きの 7（28×28）⊛ Sobel x、valid → 26×26</translation>
    </message>
    <message>
        <source>An MNIST-sized 7 (values 0–255) under a 3×3 Sobel x kernel without padding: the output loses one pixel on every side, 28 − 3 + 1 = 26. Strong positive and negative outputs mark the left and right edges of the strokes.</source>
        <translation>MNIST サイズの 7（値は 0–255）に 3×3 の Sobel x カーネルをパディングなしで適用：出力は各辺で 1 ピクセル減り、28 − 3 + 1 = 26。強い正と負の出力が筆画の左右のエッジを示します。</translation>
    </message>
    <message>
        <source>Handwritten 7 (28×28) ⊛ Sobel x, same → 28×28</source>
        <translation>手書きの 7（28×28）⊛ Sobel x、same → 28×28</translation>
    </message>
    <message>
        <source>The same 7 with &apos;same&apos; padding: one ring of zeros makes the padded input 30×30 and the output keeps 28×28, as a Keras Conv2D(padding=&apos;same&apos;) layer would.</source>
        <translation>同じ 7 に &apos;same&apos; パディング：ゼロを 1 周加えるとパディング後の入力は 30×30 になり、出力は 28×28 のまま。Keras の Conv2D(padding=&apos;same&apos;) 層と同じです。</translation>
    </message>
    <message>
        <source>6×6 ⊛ 3×3 with one ring of zeros → 6×6</source>
        <translation>6×6 ⊛ 3×3、ゼロを 1 周 → 6×6</translation>
    </message>
    <message>
        <source>The classic 6×6 vertical-edge example with padding=1 on every side: 6 + 1 + 1 − 3 + 1 = 6, so the output is as large as the input. The outer ring of outputs mixes in zeros from the padding (shown bracketed in the sum).</source>
        <translation>定番の 6×6 縦エッジの例で、四方に padding=1：6 + 1 + 1 − 3 + 1 = 6 なので、出力は入力と同じ大きさです。出力の一番外側の輪にはパディングのゼロが混ざります（和の式では角括弧で表示）。</translation>
    </message>
    <message>
        <source>5×5 ⊛ 3×3, stride 2, no padding → 2×2</source>
        <translation>5×5 ⊛ 3×3、ストライド 2、パディングなし → 2×2</translation>
    </message>
    <message>
        <source>The window jumps 2 cells at a time: ⌊(5 − 3) / 2⌋ + 1 = 2 positions per axis. Every input cell is still read, but the middle row and column are read twice.</source>
        <translation>ウィンドウは 1 回に 2 マスずつ移動します：各軸 ⌊(5 − 3) / 2⌋ + 1 = 2 か所。すべての入力セルが読まれますが、中央の行と列は 2 回読まれます。</translation>
    </message>
    <message>
        <source>5×5 ⊛ 3×3, stride 2, padding 1 → 3×3</source>
        <translation>5×5 ⊛ 3×3、ストライド 2、パディング 1 → 3×3</translation>
    </message>
    <message>
        <source>The same stride with one ring of zeros: ⌊(5 + 2 − 3) / 2⌋ + 1 = 3. Padding lets the window also centre on the edge cells, so the output grows from 2×2 to 3×3.</source>
        <translation>同じストライドでゼロを 1 周加えると：⌊(5 + 2 − 3) / 2⌋ + 1 = 3。パディングによりウィンドウは端のセルも中心にできるので、出力は 2×2 から 3×3 に増えます。</translation>
    </message>
    <message>
        <source>7×7 ⊛ 3×3, stride 3: the last row and column are never read</source>
        <translation>7×7 ⊛ 3×3、ストライド 3：最後の行と列は一度も読まれない</translation>
    </message>
    <message>
        <source>Windows start at 0 and 3 and cover rows 0–5; a third would need rows 6–8, but the input ends at row 6, so ⌊(7 − 3) / 3⌋ + 1 = 2 and row 6 and column 6 never reach the output. The coverage heat map shows them at 0 (and they are struck out).</source>
        <translation>ウィンドウは 0 と 3 から始まり 0–5 行を覆います。3 つ目には 6–8 行が必要ですが入力は 6 行目で終わるため、⌊(7 − 3) / 3⌋ + 1 = 2 となり、6 行目と 6 列目は出力に届きません。カバー回数ヒートマップではそれらが 0 と表示されます（斜線付き）。</translation>
    </message>
    <message>
        <source>TensorFlow &apos;same&apos; at stride 2: 6×6 → 3×3, padding only bottom/right</source>
        <translation>TensorFlow の &apos;same&apos;、ストライド 2：6×6 → 3×3、パディングは下と右だけ</translation>
    </message>
    <message>
        <source>Keras/TensorFlow padding=&apos;same&apos; with stride 2 wants ⌈6 / 2⌉ = 3 outputs, which needs (3 − 1)·2 + 3 − 6 = 1 extra row and column. TensorFlow puts the odd one after: top 0, bottom 1, left 0, right 1, so the windows start at input rows 0, 2, 4. Compare with torch-pad1-stride2: same 3×3 shape, different windows, different numbers.</source>
        <translation>Keras/TensorFlow の padding=&apos;same&apos; はストライド 2 で ⌈6 / 2⌉ = 3 個の出力を求め、そのためには (3 − 1)·2 + 3 − 6 = 1 行・1 列の追加が必要です。TensorFlow は余る 1 つを後ろに置きます：上 0、下 1、左 0、右 1。そのためウィンドウは入力の 0、2、4 行目から始まります。torch-pad1-stride2 と比べてください：形は同じ 3×3 でも、ウィンドウも数値も異なります。</translation>
    </message>
    <message>
        <source>PyTorch padding=1 at stride 2: 6×6 → 3×3, windows shifted</source>
        <translation>PyTorch の padding=1、ストライド 2：6×6 → 3×3、ウィンドウがずれる</translation>
    </message>
    <message>
        <source>PyTorch Conv2d(padding=1, stride=2) pads one ring on all four sides: ⌊(6 + 2 − 3) / 2⌋ + 1 = 3, the same shape as TensorFlow&apos;s &apos;same&apos;, but the windows start one row and column earlier (input rows −1, 1, 3) and the bottom and right padding is never read. Porting a Keras model to PyTorch with padding=1 therefore shifts every output. (PyTorch&apos;s own padding=&apos;same&apos; refuses stride 2.)</source>
        <translation>PyTorch の Conv2d(padding=1, stride=2) は四辺すべてに 1 周パディングします：⌊(6 + 2 − 3) / 2⌋ + 1 = 3。形は TensorFlow の &apos;same&apos; と同じですが、ウィンドウは 1 行・1 列早く始まり（入力の −1、1、3 行目）、下と右のパディングは一度も読まれません。そのため Keras のモデルを padding=1 で PyTorch に移植すると、すべての出力がずれます。（PyTorch 自身の padding=&apos;same&apos; はストライド 2 を受け付けません。）</translation>
    </message>
    <message>
        <source>Zero padding darkens the edge: a flat 9 image blurred</source>
        <translation>ゼロパディングは端を暗くする：値がすべて 9 の画像をぼかす</translation>
    </message>
    <message>
        <source>A uniformly bright image (all 9) under a 3×3 box blur with &apos;same&apos; zero padding. Every window that overhangs the edge averages in black: the border of the output drops to 6 and the corners to 4, an edge that is not in the image. Compare with reflect-edge.</source>
        <translation>一様に明るい画像（すべて 9）に 3×3 のボックスぼかしを &apos;same&apos; のゼロパディングで適用。端からはみ出すウィンドウはどれも黒を平均に含めるため、出力の縁は 6、角は 4 に下がります。画像にはない縁です。reflect-edge と比べてください。</translation>
    </message>
    <message>
        <source>Reflect padding keeps the edge: a flat 9 image blurred</source>
        <translation>反射パディングは端を保つ：値がすべて 9 の画像をぼかす</translation>
    </message>
    <message>
        <source>The same blur with reflect padding: the ring mirrors the cells next to the edge, so every window sees only 9s and the output stays 9 everywhere, with no false dark frame. Compare with zeros-edge.</source>
        <translation>同じぼかしを反射パディングで：パディングの輪は端の隣のセルを鏡映するので、どのウィンドウも 9 だけを見て、出力はどこでも 9 のまま。偽の暗い枠は生じません。zeros-edge と比べてください。</translation>
    </message>
    <message>
        <source>7×7 ⊛ 3×3 with dilation 2 → 3×3</source>
        <translation>7×7 ⊛ 3×3、ダイレーション 2 → 3×3</translation>
    </message>
    <message>
        <source>Dilation 2 spreads the 9 taps over a 5×5 area with gaps between them (2·(3 − 1) + 1 = 5), so the receptive field grows without more weights: ⌊(7 − 2·(3 − 1) − 1) / 1⌋ + 1 = 3.</source>
        <translation>ダイレーション 2 は 9 個のタップを間隔をあけて 5×5 の範囲に広げます（2·(3 − 1) + 1 = 5）。重みを増やさずに受容野が広がります：⌊(7 − 2·(3 − 1) − 1) / 1⌋ + 1 = 3。</translation>
    </message>
    <message>
        <source>4×4 ⊛ 3×3, full → 6×6</source>
        <translation>4×4 ⊛ 3×3、full → 6×6</translation>
    </message>
    <message>
        <source>&apos;full&apos; pads k − 1 = 2 on every side so that every partial overlap counts: the padded input is 8×8 and the output 4 + 3 − 1 = 6 per axis, like numpy.convolve(mode=&apos;full&apos;). The corner outputs see a single input cell.</source>
        <translation>&apos;full&apos; は各辺に k − 1 = 2 をパディングし、部分的な重なりもすべて数えます：パディング後の入力は 8×8、出力は各軸 4 + 3 − 1 = 6 で、numpy.convolve(mode=&apos;full&apos;) と同じです。角の出力は入力セルを 1 つだけ見ます。</translation>
    </message>
    <message>
        <source>Pooling: 6×6 through 2×2 max pooling, stride 2 → 3×3</source>
        <translation>プーリング：6×6 に 2×2 の最大プーリング、ストライド 2 → 3×3</translation>
    </message>
    <message>
        <source>2×2 max pooling with stride 2 keeps the largest value of every 2×2 block: ⌊(6 − 1·(2 − 1) − 1) / 2⌋ + 1 = 3, so 6×6 becomes 3×3. The single-layer tab holds the same input through a 3×3 convolution with padding 1, which keeps 6×6: padding keeps the size, pooling shrinks it. Step with → to see which cell each window takes.</source>
        <translation>ストライド 2 の 2×2 最大プーリングは、各 2×2 ブロックの最大値を残します：⌊(6 − 1·(2 − 1) − 1) / 2⌋ + 1 = 3 なので、6×6 は 3×3 になります。単一層タブには同じ入力にパディング 1 で 3×3 の畳み込みを適用したものがあり、こちらは 6×6 のままです。パディングはサイズを保ち、プーリングは縮めます。→ でステップを進め、各ウィンドウがどのセルを取るかを見てください。</translation>
    </message>
    <message>
        <source>Transposed convolution: 3×3 → 5×5 with stride 2, padding 1</source>
        <translation>転置畳み込み：3×3 → 5×5、ストライド 2、パディング 1</translation>
    </message>
    <message>
        <source>A transposed convolution is an ordinary one over a stretched input: one zero goes between neighbouring inputs (stride 2), a border of 1·(3 − 1) − 1 = 1 zero goes around, and the flipped kernel slides over the 7×7 result: (3 − 1)·2 − 2·1 + 1·(3 − 1) + 0 + 1 = 5. The single-layer tab shows the convolution it mirrors: 5×5, stride 2, padding 1 → 3×3.</source>
        <translation>転置畳み込みは、引き伸ばした入力に対する通常の畳み込みです：隣り合う入力の間にゼロを 1 つずつ入れ（ストライド 2）、周囲に幅 1·(3 − 1) − 1 = 1 のゼロの縁を付け、180° 回転したカーネルをその 7×7 の上でスライドさせます：(3 − 1)·2 − 2·1 + 1·(3 − 1) + 0 + 1 = 5。単一層タブには、これと対になる畳み込み（5×5、ストライド 2、パディング 1 → 3×3）が表示されます。</translation>
    </message>
    <message>
        <source>Channels: a 3×5×5 RGB input through two 3×3×3 filters → 2×5×5</source>
        <translation>チャンネル：3×5×5 の RGB 入力に 3×3×3 のフィルター 2 個 → 2×5×5</translation>
    </message>
    <message>
        <source>Each filter is 3-D: one 3×3 slice per input channel. An output cell is the R window times the R slice, plus G times G, plus B times B, plus the bias: three partial sums added up, shown under each channel. Two filters give two output channels; stepping fills filter 0, then filter 1. Try groups, or the colour picture as true R, G, B.</source>
        <translation>各フィルターは 3 次元で、入力チャンネルごとに 3×3 のスライスを 1 枚ずつ持ちます。出力の 1 セルは、R のウィンドウと R のスライスの積和、G 同士の積和、B 同士の積和にバイアスを足したものです。3 つの部分和は各チャンネルの下に表示されます。フィルターが 2 個なので出力チャンネルも 2 つで、ステップを進めるとフィルター 0、次にフィルター 1 の順に埋まります。グループ数（groups）や、本物の R, G, B を持つカラー画像も試してください。</translation>
    </message>
    <message>
        <source>Sequence: causal padding, output t sees only inputs ≤ t</source>
        <translation>系列：因果的パディング、出力 t は入力 ≤ t だけを見る</translation>
    </message>
    <message>
        <source>A 1-D convolution over 12 values with a kernel of 3. Causal padding puts all d·(k − 1) = 2 padding cells on the left (Keras&apos; Conv1D padding=&quot;causal&quot;), so the output keeps length 12 and the window of output t ends exactly on input t: nothing from the future leaks in. Compare with same, which centres the window.</source>
        <translation>12 個の値に長さ 3 のカーネルを適用する 1 次元畳み込み。因果的 (causal) パディングは d·(k − 1) = 2 個のパディングセルをすべて左側に置くので（Keras の Conv1D の padding=&quot;causal&quot;）、出力の長さは 12 のままで、出力 t のウィンドウはちょうど入力 t で終わります。未来の値は一切入り込みません。ウィンドウを中央に置く same と比べてください。</translation>
    </message>
    <message>
        <source>Layer stack: 20×20 through 3×3, 5×5, 7×7 — valid vs same</source>
        <translation>層の積み重ね：20×20 に 3×3、5×5、7×7 — valid 対 same</translation>
    </message>
    <message>
        <source>Three convolutions in a row, shown twice side by side. With &apos;valid&apos; every layer eats its border: 20 → 18 → 14 → 8. With &apos;same&apos; each layer pads just enough to keep 20×20. The receptive field grows the same way in both: 3, 7, 13 cells. Step with → to walk the stack layer by layer; Enter opens a layer in the single-layer tab.</source>
        <translation>3 つの畳み込みを続けて適用したものを 2 通り並べて表示します。&apos;valid&apos; では各層が縁を削ります：20 → 18 → 14 → 8。&apos;same&apos; では各層が 20×20 を保つのにちょうど必要なだけパディングします。受容野はどちらも同じように広がります：3、7、13 セル。→ で 1 層ずつ進み、Enter で層を単一層タブで開きます。</translation>
    </message>
    <message>
        <source>Compare: PyTorch padding=1 vs TensorFlow &apos;same&apos; at stride 2 — one shape, other windows</source>
        <translation>比較：ストライド 2 での PyTorch の padding=1 対 TensorFlow の &apos;same&apos; — 形は同じ、ウィンドウは別</translation>
    </message>
    <message>
        <source>A pads one ring on every side (PyTorch padding=1); B pads only bottom and right (TensorFlow &apos;same&apos;: ⌈6 / 2⌉ = 3 outputs need one extra row and column, the odd one goes after). Both outputs are 3×3, yet every window reads other input cells, so the numbers differ (8 of the 9 here). Step with → and watch the two windows sit one cell apart.</source>
        <translation>A は四辺すべてに 1 周パディングします（PyTorch の padding=1）。B は下と右だけにパディングします（TensorFlow の &apos;same&apos;：⌈6 / 2⌉ = 3 個の出力には 1 行・1 列の追加が必要で、余る 1 つは後ろに置かれます）。どちらの出力も 3×3 ですが、各ウィンドウが読む入力セルが異なるため、数値も異なります（ここでは 9 個中 8 個）。→ でステップを進め、2 つのウィンドウが 1 セルずれているのを確かめてください。</translation>
    </message>
    <message>
        <source>Compare: zeros vs reflect padding at the edge of a flat image</source>
        <translation>比較：一様な画像の端でのゼロパディング 対 反射パディング</translation>
    </message>
    <message>
        <source>Both blur a flat image of 9s with &apos;same&apos; padding, so both outputs are 6×6 and the windows sit in the same places. Only the values in the padding ring differ: zeros pull the border cells down (a false dark frame), reflect mirrors the 9s and keeps them. The difference map lights exactly the border ring.</source>
        <translation>どちらも値がすべて 9 の一様な画像を &apos;same&apos; パディングでぼかすので、出力はどちらも 6×6 で、ウィンドウの位置も同じです。違うのはパディングの輪の値だけです：ゼロは縁のセルの値を下げ（偽の暗い枠）、反射は 9 を鏡映してそのまま保ちます。差分マップではちょうど縁の輪だけが光ります。</translation>
    </message>
    <message>
        <source>Shift test at stride 1: the output moves with the input (zeros vs reflect at the border)</source>
        <translation>ストライド 1 のシフトテスト：出力は入力と一緒に動く（縁ではゼロ 対 反射）</translation>
    </message>
    <message>
        <source>The input moves one column to the right (Alt+arrows move it further). At stride 1 both outputs move by exactly the same amount wherever the windows see only real data — parameter sharing makes convolution translation-equivariant. The border cells are decided by what the padding and the incoming zeros hold, which is why A (zeros) and B (reflect) differ there.</source>
        <translation>入力が 1 列右へ移動します（Alt+矢印キーでさらに移動できます）。ストライド 1 では、ウィンドウが実際のデータだけを見る位置ならどこでも、両方の出力がちょうど同じだけ移動します。パラメーター共有により、畳み込みは平行移動に対して同変になるからです。縁のセルはパディングと入ってくるゼロの値で決まるため、そこでは A（ゼロ）と B（反射）が異なります。</translation>
    </message>
    <message>
        <source>Shift test at stride 2: a shift of one is not a shift of the output (aliasing)</source>
        <translation>ストライド 2 のシフトテスト：1 の移動は出力の移動にならない（エイリアシング）</translation>
    </message>
    <message>
        <source>The input moves one column to the right. A (stride 1) moves with it; B (stride 2) does not: its windows now fall between the old ones, and no moved copy of its first output matches — the panel gives the largest difference. Press Alt+→ once more: a shift of 2 moves B&apos;s output by exactly 1. Pick 2×2 max pooling after the convolution: the panel counts how many outputs keep their value with and without pooling.</source>
        <translation>入力が 1 列右へ移動します。A（ストライド 1）の出力は一緒に動きますが、B（ストライド 2）は動きません。B のウィンドウは元のウィンドウの間に来るため、元の出力をどうずらしても一致しません。パネルには最大の差が表示されます。もう一度 Alt+→ を押すと、2 の移動で B の出力はちょうど 1 移動します。畳み込みの直後に 2×2 の最大プーリングを選ぶと、パネルはプーリングありとなしのそれぞれで値が変わらない出力の数を数えます。</translation>
    </message>
</context>
<context>
    <name>RecentFiles</name>
    <message>
        <source>&amp;Clear list</source>
        <translation>リストを消去(&amp;C)</translation>
    </message>
</context>
<context>
    <name>SequenceControls</name>
    <message>
        <source>Sequence</source>
        <translation>系列</translation>
    </message>
    <message>
        <source>Kernel</source>
        <translation>カーネル</translation>
    </message>
    <message>
        <source>Padding</source>
        <translation>パディング</translation>
    </message>
    <message>
        <source>Stride &amp;&amp; dilation</source>
        <translation>ストライドとダイレーション</translation>
    </message>
    <message>
        <source>&amp;Length</source>
        <translation>長さ(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Data</source>
        <translation>データ(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Kernel size</source>
        <translation>カーネルサイズ(&amp;K)</translation>
    </message>
    <message>
        <source>&amp;Weights</source>
        <translation>重み(&amp;W)</translation>
    </message>
    <message>
        <source>P&amp;adding</source>
        <translation>パディング(&amp;A)</translation>
    </message>
    <message>
        <source>Left / ri&amp;ght</source>
        <translation>左 / 右(&amp;G)</translation>
    </message>
    <message>
        <source>Fill m&amp;ode</source>
        <translation>埋め方(&amp;O)</translation>
    </message>
    <message>
        <source>Fill val&amp;ue</source>
        <translation>埋める値(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Stride</source>
        <translation>ストライド(&amp;S)</translation>
    </message>
    <message>
        <source>Dilatio&amp;n</source>
        <translation>ダイレーション(&amp;N)</translation>
    </message>
    <message>
        <source>Ne&amp;xt random values</source>
        <translation>次の乱数値(&amp;X)</translation>
    </message>
    <message>
        <source>causal</source>
        <translation>causal</translation>
    </message>
    <message>
        <source>Sequence length</source>
        <translation>系列の長さ</translation>
    </message>
    <message>
        <source>Input values</source>
        <translation>入力値</translation>
    </message>
    <message>
        <source>New random values</source>
        <translation>新しい乱数値</translation>
    </message>
    <message>
        <source>Kernel length</source>
        <translation>カーネルの長さ</translation>
    </message>
    <message>
        <source>Kernel weights</source>
        <translation>カーネルの重み</translation>
    </message>
    <message>
        <source>Padding left</source>
        <translation>左のパディング</translation>
    </message>
    <message>
        <source>Padding right</source>
        <translation>右のパディング</translation>
    </message>
    <message>
        <source>Fill mode</source>
        <translation>埋め方</translation>
    </message>
    <message>
        <source>Constant fill value</source>
        <translation>定数パディングの値</translation>
    </message>
    <message>
        <source>Stride</source>
        <translation>ストライド</translation>
    </message>
    <message>
        <source>Dilation</source>
        <translation>ダイレーション</translation>
    </message>
    <message>
        <source>{name} ({lo}–{hi})</source>
        <translation>{name}（{lo}–{hi}）</translation>
    </message>
</context>
<context>
    <name>SequencePage</name>
    <message>
        <source>Input&lt;br&gt;L = {n} → padded {p}</source>
        <translation>入力&lt;br&gt;L = {n} → パディング後 {p}</translation>
    </message>
    <message>
        <source>Kernel&lt;br&gt;k = {k}, d = {d}</source>
        <translation>カーネル&lt;br&gt;k = {k}, d = {d}</translation>
    </message>
    <message>
        <source>Output&lt;br&gt;L&lt;sub&gt;out&lt;/sub&gt; = {n}</source>
        <translation>出力&lt;br&gt;L&lt;sub&gt;out&lt;/sub&gt; = {n}</translation>
    </message>
    <message>
        <source>explicit</source>
        <translation>明示指定</translation>
    </message>
    <message>
        <source>padding {name} → left {left}, right {right} ({mode})</source>
        <translation>パディング {name} → 左 {left}、右 {right}（{mode}）</translation>
    </message>
    <message>
        <source>Output {t} reads inputs {first} to {last} (outlined: input {at}).</source>
        <translation>出力 {t} は入力 {first}〜{last} を読みます（枠付き：入力 {at}）。</translation>
    </message>
    <message>
        <source>Causal: all padding on the left, so output t sees only inputs ≤ t.</source>
        <translation>因果的 (causal)：パディングはすべて左側なので、出力 t は入力 ≤ t だけを見ます。</translation>
    </message>
    <message>
        <source>Causal: all padding on the left, so output t sees only inputs ≤ {s}·t.</source>
        <translation>因果的 (causal)：パディングはすべて左側なので、出力 t は入力 ≤ {s}·t だけを見ます。</translation>
    </message>
    <message>
        <source>Step {i} / {n} · output {t}</source>
        <translation>ステップ {i} / {n} · 出力 {t}</translation>
    </message>
    <message>
        <source>Sequence (1-D)</source>
        <translation>系列（1 次元）</translation>
    </message>
</context>
<context>
    <name>SessionsUI</name>
    <message>
        <source>&amp;Open session…</source>
        <translation>セッションを開く(&amp;O)…</translation>
    </message>
    <message>
        <source>Open &amp;recent</source>
        <translation>最近使ったセッション(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Save session</source>
        <translation>セッションを保存(&amp;S)</translation>
    </message>
    <message>
        <source>Save session &amp;as…</source>
        <translation>名前を付けてセッションを保存(&amp;A)…</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>元に戻す(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>やり直し(&amp;R)</translation>
    </message>
    <message>
        <source>Presets</source>
        <translation>プリセット</translation>
    </message>
    <message>
        <source>its &apos;mode&apos; section cannot be shown: {error}</source>
        <translation>&apos;mode&apos; セクションを表示できません：{error}</translation>
    </message>
    <message>
        <source>Could not open the session</source>
        <translation>セッションを開けませんでした</translation>
    </message>
    <message>
        <source>The current settings cannot work:
{error}

Fix them (or undo with Ctrl+Z) before saving.</source>
        <translation>現在の設定では計算できません：
{error}

保存する前に修正してください（Ctrl+Z で元に戻すこともできます）。</translation>
    </message>
    <message>
        <source>Nothing saved</source>
        <translation>保存されていません</translation>
    </message>
    <message>
        <source>Could not save the session</source>
        <translation>セッションを保存できませんでした</translation>
    </message>
    <message>
        <source>Could not load the preset</source>
        <translation>プリセットを読み込めませんでした</translation>
    </message>
    <message>
        <source>Open session</source>
        <translation>セッションを開く</translation>
    </message>
    <message>
        <source>Save session</source>
        <translation>セッションを保存</translation>
    </message>
    <message>
        <source>convstudio sessions (*.json);;All files (*)</source>
        <translation>convstudio セッション (*.json);;すべてのファイル (*)</translation>
    </message>
    <message>
        <source>Some display options were not restored</source>
        <translation>一部の表示オプションを復元できませんでした</translation>
    </message>
    <message>
        <source>preset {name}</source>
        <translation>プリセット {name}</translation>
    </message>
</context>
<context>
    <name>ShiftView</name>
    <message>
        <source>Before</source>
        <translation>移動前</translation>
    </message>
    <message>
        <source>After: moved by ({dy}, {dx})</source>
        <translation>移動後：({dy}, {dx}) だけ移動</translation>
    </message>
    <message>
        <source>Input</source>
        <translation>入力</translation>
    </message>
    <message>
        <source>Shift test</source>
        <translation>シフトテスト</translation>
    </message>
    <message>
        <source>Alt+arrows move the input, Alt+Home puts it back.</source>
        <translation>Alt+矢印キーで入力を移動、Alt+Home で元に戻します。</translation>
    </message>
    <message>
        <source>{side}
{h}×{w}</source>
        <translation>{side}
{h}×{w}</translation>
    </message>
    <message>
        <source>{side}
{h}×{w}
pooled</source>
        <translation>{side}
{h}×{w}
プーリング後</translation>
    </message>
</context>
<context>
    <name>ShortcutOverview</name>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>キーボードショートカット</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>キー</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>操作</translation>
    </message>
    <message>
        <source>Menu</source>
        <translation>メニュー</translation>
    </message>
</context>
<context>
    <name>StackController</name>
    <message>
        <source>all valid</source>
        <translation>すべて valid</translation>
    </message>
    <message>
        <source>all same</source>
        <translation>すべて same</translation>
    </message>
</context>
<context>
    <name>StackEditor</name>
    <message>
        <source>Input</source>
        <translation>入力</translation>
    </message>
    <message>
        <source>Layers</source>
        <translation>層</translation>
    </message>
    <message>
        <source>Input si&amp;ze</source>
        <translation>入力サイズ(&amp;Z)</translation>
    </message>
    <message>
        <source>Cha&amp;nnels</source>
        <translation>チャンネル数(&amp;N)</translation>
    </message>
    <message>
        <source>La&amp;yers (Insert adds, Delete removes)</source>
        <translation>層（Insert で追加、Delete で削除）(&amp;Y)</translation>
    </message>
    <message>
        <source>Input height</source>
        <translation>入力の高さ</translation>
    </message>
    <message>
        <source>Input width</source>
        <translation>入力の幅</translation>
    </message>
    <message>
        <source>Input channels</source>
        <translation>入力チャンネル数</translation>
    </message>
    <message>
        <source>Add &amp;conv</source>
        <translation>畳み込み層を追加(&amp;C)</translation>
    </message>
    <message>
        <source>Add conv</source>
        <translation>畳み込み層を追加</translation>
    </message>
    <message>
        <source>Add p&amp;ool</source>
        <translation>プーリング層を追加(&amp;O)</translation>
    </message>
    <message>
        <source>Add pool</source>
        <translation>プーリング層を追加</translation>
    </message>
    <message>
        <source>&amp;Delete layer</source>
        <translation>層を削除(&amp;D)</translation>
    </message>
    <message>
        <source>Delete layer</source>
        <translation>層を削除</translation>
    </message>
    <message>
        <source>Move &amp;up</source>
        <translation>上へ移動(&amp;U)</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>上へ移動</translation>
    </message>
    <message>
        <source>Move do&amp;wn</source>
        <translation>下へ移動(&amp;W)</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>下へ移動</translation>
    </message>
    <message>
        <source>Open in its own &amp;tab</source>
        <translation>専用のタブで開く(&amp;T)</translation>
    </message>
    <message>
        <source>Open layer</source>
        <translation>層を開く</translation>
    </message>
    <message>
        <source>Classic e&amp;xample: 20×20, 3/5/7</source>
        <translation>定番の例：20×20、3/5/7(&amp;X)</translation>
    </message>
    <message>
        <source>Classic example</source>
        <translation>定番の例</translation>
    </message>
    <message>
        <source>Side by side: &amp;all valid | all same</source>
        <translation>並べて比較：すべて valid | すべて same(&amp;A)</translation>
    </message>
    <message>
        <source>Valid vs same</source>
        <translation>valid 対 same</translation>
    </message>
    <message>
        <source>20×20 input through 3×3, 5×5 and 7×7 convolutions, valid next to same</source>
        <translation>20×20 の入力に 3×3、5×5、7×7 の畳み込みを順に適用。valid と same を並べて表示</translation>
    </message>
    <message>
        <source>Layer {n}</source>
        <translation>第 {n} 層</translation>
    </message>
</context>
<context>
    <name>StackPage</name>
    <message>
        <source>Layer stack</source>
        <translation>層の積み重ね</translation>
    </message>
    <message>
        <source>Input · step 1 of {n}</source>
        <translation>入力 · ステップ 1 / {n}</translation>
    </message>
    <message>
        <source>Layer {i} of {layers} · step {step} of {n}</source>
        <translation>第 {i} 層（全 {layers} 層）· ステップ {step} / {n}</translation>
    </message>
    <message>
        <source>This layer cannot work yet; fix its settings first.</source>
        <translation>この層はまだ計算できません。先に設定を修正してください。</translation>
    </message>
    <message>
        <source>Show this layer in the single-layer tab (Enter)</source>
        <translation>この層を単一層タブで表示 (Enter)</translation>
    </message>
    <message>
        <source>Pooling layers open in the pooling tab, which this window does not have.</source>
        <translation>プーリング層はプーリングタブで開きますが、このウィンドウにはプーリングタブがありません。</translation>
    </message>
    <message>
        <source>The pooling tab cannot show this layer: {why}</source>
        <translation>プーリングタブではこの層を表示できません：{why}</translation>
    </message>
    <message>
        <source>Show this layer in the pooling tab (Enter)</source>
        <translation>この層をプーリングタブで表示 (Enter)</translation>
    </message>
    <message>
        <source>All valid</source>
        <translation>すべて valid</translation>
    </message>
    <message>
        <source>All same</source>
        <translation>すべて same</translation>
    </message>
    <message>
        <source>input</source>
        <translation>入力</translation>
    </message>
    <message>
        <source>Connections</source>
        <translation>結合</translation>
    </message>
    <message>
        <source>Step to a conv layer to compare it with a dense layer.</source>
        <translation>畳み込み層までステップを進めると、全結合層と比較できます。</translation>
    </message>
    <message>
        <source>Connections · layer {n} vs a dense layer</source>
        <translation>結合 · 第 {n} 層と全結合層の比較</translation>
    </message>
    <message>
        <source>Pooling has no weights: each output reads its window only.</source>
        <translation>プーリングには重みがありません。各出力は自分のウィンドウだけを読みます。</translation>
    </message>
    <message>
        <source>Layer {n} opened with random values of the shape that reaches it ({h}×{w}, one channel): the stack knows shapes, not values.</source>
        <translation>第 {n} 層を、そこに届く形状（{h}×{w}、1 チャンネル）の乱数値で開きました。積み重ねがわかっているのは形状だけで、値はわかりません。</translation>
    </message>
    <message>
        <source>It has {c} channels; the tab shows one.</source>
        <translation>この層には {c} チャンネルありますが、タブには 1 つだけ表示します。</translation>
    </message>
</context>
<context>
    <name>StackTable</name>
    <message>
        <source>Layer</source>
        <translation>層</translation>
    </message>
    <message>
        <source>Input →
output</source>
        <translation>入力 →
出力</translation>
    </message>
    <message>
        <source>Padding
t, b, l, r</source>
        <translation>パディング
上, 下, 左, 右</translation>
    </message>
    <message>
        <source>Receptive
field</source>
        <translation>受容野</translation>
    </message>
    <message>
        <source>Params</source>
        <translation>パラメーター数</translation>
    </message>
    <message>
        <source>Layer summary</source>
        <translation>層の概要</translation>
    </message>
</context>
<context>
    <name>TransposedControls</name>
    <message>
        <source>&amp;Input size</source>
        <translation>入力サイズ(&amp;I)</translation>
    </message>
    <message>
        <source>&amp;Data</source>
        <translation>データ(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Kernel size</source>
        <translation>カーネルサイズ(&amp;K)</translation>
    </message>
    <message>
        <source>&amp;Weights</source>
        <translation>重み(&amp;W)</translation>
    </message>
    <message>
        <source>&amp;Stride</source>
        <translation>ストライド(&amp;S)</translation>
    </message>
    <message>
        <source>P&amp;adding</source>
        <translation>パディング(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Output padding</source>
        <translation>出力パディング(&amp;O)</translation>
    </message>
    <message>
        <source>Di&amp;lation</source>
        <translation>ダイレーション(&amp;L)</translation>
    </message>
    <message>
        <source>New &amp;random values</source>
        <translation>新しい乱数値(&amp;R)</translation>
    </message>
    <message>
        <source>Input data</source>
        <translation>入力データ</translation>
    </message>
    <message>
        <source>Kernel weights</source>
        <translation>カーネルの重み</translation>
    </message>
    <message>
        <source>New random values</source>
        <translation>新しい乱数値</translation>
    </message>
    <message>
        <source>output_padding: extra rows/columns at the bottom/right; less than the stride</source>
        <translation>output_padding：下 / 右に追加する行 / 列の数。ストライドより小さい値</translation>
    </message>
    <message>
        <source>Input rows</source>
        <translation>入力の行数</translation>
    </message>
    <message>
        <source>Input columns</source>
        <translation>入力の列数</translation>
    </message>
    <message>
        <source>Kernel rows</source>
        <translation>カーネルの行数</translation>
    </message>
    <message>
        <source>Kernel columns</source>
        <translation>カーネルの列数</translation>
    </message>
    <message>
        <source>Stride rows</source>
        <translation>縦方向のストライド</translation>
    </message>
    <message>
        <source>Stride columns</source>
        <translation>横方向のストライド</translation>
    </message>
    <message>
        <source>Padding rows</source>
        <translation>縦方向のパディング</translation>
    </message>
    <message>
        <source>Padding columns</source>
        <translation>横方向のパディング</translation>
    </message>
    <message>
        <source>Output padding rows</source>
        <translation>縦方向の出力パディング</translation>
    </message>
    <message>
        <source>Output padding columns</source>
        <translation>横方向の出力パディング</translation>
    </message>
    <message>
        <source>Dilation rows</source>
        <translation>縦方向のダイレーション</translation>
    </message>
    <message>
        <source>Dilation columns</source>
        <translation>横方向のダイレーション</translation>
    </message>
</context>
<context>
    <name>TransposedPage</name>
    <message>
        <source>This step: input · flipped kernel</source>
        <translation>このステップ：入力 · 180° 回転したカーネル</translation>
    </message>
    <message>
        <source>Input {h}×{w}</source>
        <translation>入力 {h}×{w}</translation>
    </message>
    <message>
        <source>Flipped kernel {kh}×{kw}</source>
        <translation>180° 回転したカーネル {kh}×{kw}</translation>
    </message>
    <message>
        <source>Stride {sh}×{sw}: zeros in, padded {hp}×{wp}</source>
        <translation>ストライド {sh}×{sw}：ゼロを挿入、パディング後 {hp}×{wp}</translation>
    </message>
    <message>
        <source>Output {ho}×{wo}</source>
        <translation>出力 {ho}×{wo}</translation>
    </message>
    <message>
        <source>input value</source>
        <translation>入力値</translation>
    </message>
    <message>
        <source>inserted zero</source>
        <translation>挿入したゼロ</translation>
    </message>
    <message>
        <source>padding zero</source>
        <translation>パディングのゼロ</translation>
    </message>
    <message>
        <source>Step {i} / {n} · output ({r}, {c})</source>
        <translation>ステップ {i} / {n} · 出力 ({r}, {c})</translation>
    </message>
    <message>
        <source>Transposed conv</source>
        <translation>転置畳み込み</translation>
    </message>
</context>
<context>
    <name>ValuesDialog</name>
    <message>
        <source>Values</source>
        <translation>値</translation>
    </message>
    <message>
        <source>Rows</source>
        <translation>行数</translation>
    </message>
    <message>
        <source>Columns</source>
        <translation>列数</translation>
    </message>
    <message>
        <source>&amp;Size</source>
        <translation>サイズ(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Paste matrix</source>
        <translation>行列を貼り付け(&amp;P)</translation>
    </message>
    <message>
        <source>Rows on lines; cells split by tabs, commas or spaces; [[…]] lists work too</source>
        <translation>1 行に 1 行ずつ。セルはタブ・カンマ・空白で区切ります。[[…]] 形式のリストも使えます</translation>
    </message>
    <message>
        <source>&amp;Copy as text</source>
        <translation>テキストとしてコピー(&amp;C)</translation>
    </message>
    <message>
        <source>Type a number and press Enter or Tab; Ctrl+V pastes a whole matrix.</source>
        <translation>数値を入力して Enter か Tab を押します。Ctrl+V で行列全体を貼り付けます。</translation>
    </message>
    <message>
        <source>table</source>
        <translation>表</translation>
    </message>
    <message>
        <source>pasted</source>
        <translation>貼り付け</translation>
    </message>
</context>
<context>
    <name>ValuesEditor</name>
    <message>
        <source>Type &amp;input values…</source>
        <translation>入力値を手入力(&amp;I)…</translation>
    </message>
    <message>
        <source>Type &amp;kernel values…</source>
        <translation>カーネルの値を手入力(&amp;K)…</translation>
    </message>
    <message>
        <source>Input values</source>
        <translation>入力値</translation>
    </message>
    <message>
        <source>Kernel values</source>
        <translation>カーネルの値</translation>
    </message>
</context>
<context>
    <name>compare</name>
    <message>
        <source>shift test of {side}: {error}</source>
        <translation>{side} のシフトテスト：{error}</translation>
    </message>
    <message>
        <source>compare mode</source>
        <translation>比較モード</translation>
    </message>
    <message>
        <source>the input is {h}×{w}; compare mode shows inputs up to {n}×{n}</source>
        <translation>入力は {h}×{w} ですが、比較モードで表示できる入力は {n}×{n} までです</translation>
    </message>
    <message>
        <source>compare mode, setting {side}</source>
        <translation>比較モード、設定 {side}</translation>
    </message>
    <message>
        <source>&apos;{name}&apos; must be one of {choices}, found {found}</source>
        <translation>&apos;{name}&apos; は {choices} のいずれかでなければなりませんが、{found} でした</translation>
    </message>
</context>
<context>
    <name>export</name>
    <message>
        <source>The walk has {count} steps; the animation shows {frames} evenly spaced ones (about one step in {every}) to keep the file usable.</source>
        <translation>全部で {count} ステップあります。ファイルを扱いやすい大きさに保つため、アニメーションには等間隔の {frames} ステップ（約 {every} ステップに 1 つ）を使います。</translation>
    </message>
    <message>
        <source>MP4 export needs the optional video extra: pip install &quot;convstudio[video]&quot;</source>
        <translation>MP4 のエクスポートにはオプションの動画拡張が必要です：pip install &quot;convstudio[video]&quot;</translation>
    </message>
    <message>
        <source>MP4 export is not included in the standalone convstudio. Export the walk as a GIF, or install convstudio with Python for MP4: pip install &quot;convstudio[video]&quot;</source>
        <translation>スタンドアロン版の convstudio には MP4 エクスポートが含まれていません。全ステップを GIF でエクスポートするか、MP4 を使うには Python で convstudio をインストールしてください：pip install &quot;convstudio[video]&quot;</translation>
    </message>
    <message>
        <source>could not write {name}</source>
        <translation>{name} を書き込めませんでした</translation>
    </message>
</context>
<context>
    <name>image_io</name>
    <message>
        <source>greyscale</source>
        <translation>グレースケール</translation>
    </message>
    <message>
        <source>luminance (ITU-R BT.601)</source>
        <translation>輝度 (ITU-R BT.601)</translation>
    </message>
    <message>
        <source>red channel only</source>
        <translation>赤チャンネルのみ</translation>
    </message>
    <message>
        <source>green channel only</source>
        <translation>緑チャンネルのみ</translation>
    </message>
    <message>
        <source>blue channel only</source>
        <translation>青チャンネルのみ</translation>
    </message>
    <message>
        <source>Face (64×64, greyscale)</source>
        <translation>顔（64×64、グレースケール）</translation>
    </message>
    <message>
        <source>House and tree (96×96, colour)</source>
        <translation>家と木（96×96、カラー）</translation>
    </message>
    <message>
        <source>a GIF image</source>
        <translation>GIF 画像</translation>
    </message>
    <message>
        <source>a BMP image</source>
        <translation>BMP 画像</translation>
    </message>
    <message>
        <source>a TIFF image</source>
        <translation>TIFF 画像</translation>
    </message>
    <message>
        <source>a PDF document</source>
        <translation>PDF 文書</translation>
    </message>
    <message>
        <source>a Photoshop (PSD) file</source>
        <translation>Photoshop (PSD) ファイル</translation>
    </message>
    <message>
        <source>an icon (ICO) file</source>
        <translation>アイコン (ICO) ファイル</translation>
    </message>
    <message>
        <source>a ZIP archive or office document</source>
        <translation>ZIP アーカイブまたは Office 文書</translation>
    </message>
    <message>
        <source>unknown channel choice {mode}; use one of {modes}</source>
        <translation>不明なチャンネル指定 {mode}。{modes} のいずれかを使ってください</translation>
    </message>
    <message>
        <source>the size to fit must be a whole number ≥ 1, got {size}</source>
        <translation>収めるサイズは 1 以上の整数でなければなりません（指定値：{size}）</translation>
    </message>
    <message>
        <source>{name} is {h}×{w} pixels (height × width); scaled down to {th}×{tw} to fit {n}×{n}</source>
        <translation>{name} は {h}×{w} ピクセル（高さ × 幅）です。{n}×{n} に収まるよう {th}×{tw} に縮小しました</translation>
    </message>
    <message>
        <source>{notes}.</source>
        <translation>{notes}。</translation>
    </message>
    <message>
        <source>16-bit values scaled to 0–255</source>
        <translation>16 ビットの値を 0–255 に変換しました</translation>
    </message>
    <message>
        <source>transparent parts shown as white</source>
        <translation>透明な部分は白で表示しています</translation>
    </message>
    <message>
        <source>{name} is a folder, not a file; pick a PNG or JPEG file inside it</source>
        <translation>{name} はファイルではなくフォルダーです。中の PNG または JPEG ファイルを選んでください</translation>
    </message>
    <message>
        <source>{name} was not found; check the folder and the file name</source>
        <translation>{name} が見つかりません。フォルダーとファイル名を確認してください</translation>
    </message>
    <message>
        <source>{name} could not be opened ({reason}); check that you may read it</source>
        <translation>{name} を開けませんでした（{reason}）。読み取り権限を確認してください</translation>
    </message>
    <message>
        <source>{name} is empty (0 bytes), not an image; save the picture again</source>
        <translation>{name} は空（0 バイト）で、画像ではありません。画像を保存し直してください</translation>
    </message>
    <message>
        <source>{name} is {size} MB, more than the {limit} MB convstudio opens; save a smaller copy (fewer pixels, or as JPEG) and open that</source>
        <translation>{name} は {size} MB で、convstudio が開ける {limit} MB を超えています。小さいコピー（ピクセル数を減らすか JPEG で）を保存して、それを開いてください</translation>
    </message>
    <message>
        <source>a WebP image</source>
        <translation>WebP 画像</translation>
    </message>
    <message>
        <source>a HEIC/AVIF image (as phones save photos)</source>
        <translation>HEIC/AVIF 画像（スマートフォンの写真形式）</translation>
    </message>
    <message>
        <source>a text file</source>
        <translation>テキストファイル</translation>
    </message>
    <message>
        <source>it is {what}</source>
        <translation>{what}です</translation>
    </message>
    <message>
        <source>its contents are not an image convstudio recognises</source>
        <translation>convstudio が認識できる画像ではありません</translation>
    </message>
    <message>
        <source>{name} is not a PNG or JPEG image ({kind}): save it as PNG and open that</source>
        <translation>{name} は PNG でも JPEG でもありません（{kind}）。PNG として保存してから開いてください</translation>
    </message>
    <message>
        <source>{n} megapixels</source>
        <translation>{n} メガピクセル</translation>
    </message>
    <message>
        <source>too many pixels</source>
        <translation>多すぎるピクセル</translation>
    </message>
    <message>
        <source>{name} has {count}, more than the {limit} megapixels convstudio opens; scale it down in an image editor (e.g. to 2000 pixels wide) and open the copy</source>
        <translation>{name} は {count} で、convstudio が開ける {limit} メガピクセルを超えています。画像編集ソフトで縮小し（例：幅 2000 ピクセル）、そのコピーを開いてください</translation>
    </message>
    <message>
        <source>{name} is damaged or incomplete and cannot be read ({detail}); open it in an image viewer, save it again as PNG and open that copy</source>
        <translation>{name} は壊れているか不完全なため読み込めません（{detail}）。画像ビューアーで開き、PNG として保存し直したコピーを開いてください</translation>
    </message>
</context>
</TS>

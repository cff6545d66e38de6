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
        <source>&amp;Help</source>
        <translation>ヘルプ(&amp;H)</translation>
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
</context>
<context>
    <name>RecentFiles</name>
    <message>
        <source>&amp;Clear list</source>
        <translation>リストを消去(&amp;C)</translation>
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

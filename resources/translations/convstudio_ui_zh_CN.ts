<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>Autosave</name>
    <message>
        <source>Restore your work?</source>
        <translation>恢复你的工作？</translation>
    </message>
    <message>
        <source>convstudio did not close normally last time. Restore the work autosaved on {}?</source>
        <translation>convstudio 上次没有正常关闭。要恢复 {} 自动保存的工作吗？</translation>
    </message>
</context>
<context>
    <name>ChannelsControls</name>
    <message>
        <source>Input</source>
        <translation>输入</translation>
    </message>
    <message>
        <source>Filters</source>
        <translation>滤波器</translation>
    </message>
    <message>
        <source>Padding</source>
        <translation>填充</translation>
    </message>
    <message>
        <source>Stride &amp;&amp; dilation</source>
        <translation>步幅与膨胀</translation>
    </message>
    <message>
        <source>&amp;Channels</source>
        <translation>通道数(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Input size</source>
        <translation>输入尺寸(&amp;I)</translation>
    </message>
    <message>
        <source>&amp;Data</source>
        <translation>数据(&amp;D)</translation>
    </message>
    <message>
        <source>Filte&amp;rs</source>
        <translation>滤波器数(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Groups</source>
        <translation>分组数(&amp;G)</translation>
    </message>
    <message>
        <source>&amp;Kernel size</source>
        <translation>卷积核尺寸(&amp;K)</translation>
    </message>
    <message>
        <source>&amp;Weights</source>
        <translation>权重(&amp;W)</translation>
    </message>
    <message>
        <source>&amp;Bias</source>
        <translation>偏置(&amp;B)</translation>
    </message>
    <message>
        <source>P&amp;adding</source>
        <translation>填充(&amp;A)</translation>
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
        <translation>填充方式(&amp;O)</translation>
    </message>
    <message>
        <source>Fill val&amp;ue</source>
        <translation>填充值(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Stride</source>
        <translation>步幅(&amp;S)</translation>
    </message>
    <message>
        <source>Dilatio&amp;n</source>
        <translation>膨胀(&amp;N)</translation>
    </message>
    <message>
        <source>Ne&amp;xt random values</source>
        <translation>下一组随机值(&amp;X)</translation>
    </message>
    <message>
        <source>Colour picture (R, G, B)</source>
        <translation>彩色图片（R、G、B）</translation>
    </message>
    <message>
        <source>Input channels</source>
        <translation>输入通道数</translation>
    </message>
    <message>
        <source>Input height</source>
        <translation>输入高度</translation>
    </message>
    <message>
        <source>Input width</source>
        <translation>输入宽度</translation>
    </message>
    <message>
        <source>Input values</source>
        <translation>输入值</translation>
    </message>
    <message>
        <source>New random values</source>
        <translation>新的随机值</translation>
    </message>
    <message>
        <source>Filters (output channels)</source>
        <translation>滤波器数（输出通道数）</translation>
    </message>
    <message>
        <source>Groups</source>
        <translation>分组数</translation>
    </message>
    <message>
        <source>Kernel height</source>
        <translation>卷积核高度</translation>
    </message>
    <message>
        <source>Kernel width</source>
        <translation>卷积核宽度</translation>
    </message>
    <message>
        <source>Kernel weights</source>
        <translation>卷积核权重</translation>
    </message>
    <message>
        <source>Bias of every filter</source>
        <translation>每个滤波器的偏置</translation>
    </message>
    <message>
        <source>Padding top</source>
        <translation>上方填充</translation>
    </message>
    <message>
        <source>Padding bottom</source>
        <translation>下方填充</translation>
    </message>
    <message>
        <source>Padding left</source>
        <translation>左侧填充</translation>
    </message>
    <message>
        <source>Padding right</source>
        <translation>右侧填充</translation>
    </message>
    <message>
        <source>Fill mode</source>
        <translation>填充方式</translation>
    </message>
    <message>
        <source>Constant fill value</source>
        <translation>常数填充值</translation>
    </message>
    <message>
        <source>Stride height</source>
        <translation>纵向步幅</translation>
    </message>
    <message>
        <source>Stride width</source>
        <translation>横向步幅</translation>
    </message>
    <message>
        <source>Dilation height</source>
        <translation>纵向膨胀</translation>
    </message>
    <message>
        <source>Dilation width</source>
        <translation>横向膨胀</translation>
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
        <translation>滤波器 {o}，行 {r}，列 {c} = {v} · 步骤 {i} · 读取通道 {names}</translation>
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
        <translation>通道 {j}</translation>
    </message>
    <message>
        <source>input {c}×{h}×{w} → padded {c}×{hp}×{wp} ⊛ weight {o}×{cg}×{kh}×{kw} → output {o}×{ho}×{wo}</source>
        <translation>输入 {c}×{h}×{w} → 填充后 {c}×{hp}×{wp} ⊛ 权重 {o}×{cg}×{kh}×{kw} → 输出 {o}×{ho}×{wo}</translation>
    </message>
    <message>
        <source>{name}: {sum}</source>
        <translation>{name}：{sum}</translation>
    </message>
    <message>
        <source>bias {b}</source>
        <translation>偏置 {b}</translation>
    </message>
    <message>
        <source>filter {o} at row {r}, col {c}:</source>
        <translation>滤波器 {o} 在行 {r}、列 {c}：</translation>
    </message>
    <message>
        <source>▶ Filter {o}</source>
        <translation>▶ 滤波器 {o}</translation>
    </message>
    <message>
        <source>Filter {o}</source>
        <translation>滤波器 {o}</translation>
    </message>
    <message>
        <source>Step {i} / {n} · filter {o} · row {r}, col {c}</source>
        <translation>步骤 {i} / {n} · 滤波器 {o} · 行 {r}，列 {c}</translation>
    </message>
    <message>
        <source>Channels (RGB)</source>
        <translation>多通道（R、G、B）</translation>
    </message>
</context>
<context>
    <name>CodeDialog</name>
    <message>
        <source>Code for this layer — PyTorch and Keras</source>
        <translation>本层的代码 — PyTorch 和 Keras</translation>
    </message>
    <message>
        <source>Save input as CS&amp;V…</source>
        <translation>将输入保存为 CSV(&amp;V)…</translation>
    </message>
    <message>
        <source>{framework} code</source>
        <translation>{framework} 代码</translation>
    </message>
    <message>
        <source>Ctrl + mouse wheel, or Ctrl + / Ctrl −, changes the text size</source>
        <translation>Ctrl + 鼠标滚轮，或 Ctrl + / Ctrl −，可调整文字大小</translation>
    </message>
    <message>
        <source>Run it: it prints the numbers convstudio shows.</source>
        <translation>运行它：它会打印出 convstudio 显示的数字。</translation>
    </message>
    <message>
        <source>&amp;Copy {framework} code</source>
        <translation>复制 {framework} 代码(&amp;C)</translation>
    </message>
    <message>
        <source>Show &amp;code (PyTorch / Keras)</source>
        <translation>显示代码 (PyTorch / Keras)(&amp;C)</translation>
    </message>
    <message>
        <source>Copied ✓</source>
        <translation>已复制 ✓</translation>
    </message>
    <message>
        <source>The input has {h}×{w} = {n} values, too many to paste: the code reads them from {csv}. Save it next to your script.</source>
        <translation>输入有 {h}×{w} = {n} 个值，太多，无法直接写进代码：代码会从 {csv} 读取它们。请把该文件保存在脚本旁边。</translation>
    </message>
    <message>
        <source>Input {h}×{w} and kernel values are included in the code.</source>
        <translation>输入 {h}×{w} 和卷积核的值都已写在代码中。</translation>
    </message>
    <message>
        <source>Save the input values</source>
        <translation>保存输入值</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV 文件 (*.csv)</translation>
    </message>
    <message>
        <source>{path} could not be written ({reason}).</source>
        <translation>无法写入 {path}（{reason}）。</translation>
    </message>
    <message>
        <source>Cannot save</source>
        <translation>无法保存</translation>
    </message>
</context>
<context>
    <name>ComparePage</name>
    <message>
        <source>Shift test: move the input up</source>
        <translation>平移测试：输入上移</translation>
    </message>
    <message>
        <source>Shift test: move the input down</source>
        <translation>平移测试：输入下移</translation>
    </message>
    <message>
        <source>Shift test: move the input left</source>
        <translation>平移测试：输入左移</translation>
    </message>
    <message>
        <source>Shift test: move the input right</source>
        <translation>平移测试：输入右移</translation>
    </message>
    <message>
        <source>Shift test: put the input back</source>
        <translation>平移测试：输入复位</translation>
    </message>
    <message>
        <source> — finished</source>
        <translation>——已完成</translation>
    </message>
    <message>
        <source>Compare</source>
        <translation>对比</translation>
    </message>
    <message>
        <source>Step {i} of {n} · A {ia} / {na} · B {ib} / {nb}</source>
        <translation>步骤 {i} / {n} · A {ia} / {na} · B {ib} / {nb}</translation>
    </message>
</context>
<context>
    <name>ComparePanel</name>
    <message>
        <source>Compare A and B</source>
        <translation>对比 A 与 B</translation>
    </message>
    <message>
        <source>Appl&amp;y edits to</source>
        <translation>修改应用于(&amp;Y)</translation>
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
        <translation>A 和 B</translation>
    </message>
    <message>
        <source>Apply edits to {target}</source>
        <translation>修改应用于 {target}</translation>
    </message>
    <message>
        <source>Classic pairs</source>
        <translation>经典对比</translation>
    </message>
    <message>
        <source>&amp;1  same vs valid</source>
        <translation>same 对比 valid(&amp;1)</translation>
    </message>
    <message>
        <source>&amp;2  zeros vs reflect</source>
        <translation>zeros 对比 reflect(&amp;2)</translation>
    </message>
    <message>
        <source>&amp;3  PyTorch pad 1 vs TF same, stride 2</source>
        <translation>PyTorch 填充 1 对 TensorFlow same，步幅 2(&amp;3)</translation>
    </message>
    <message>
        <source>&amp;4  stride 1 vs stride 2</source>
        <translation>步幅 1 对比步幅 2(&amp;4)</translation>
    </message>
    <message>
        <source>Needs a 3×3 kernel and an even input size (an odd size makes TF pad 1 on each side too); both are set for you</source>
        <translation>需要 3×3 卷积核和偶数输入尺寸（尺寸为奇数时 TensorFlow 也会在每侧各填充 1）；两者都会自动设置</translation>
    </message>
    <message>
        <source>Shift test</source>
        <translation>平移测试</translation>
    </message>
    <message>
        <source>Show the shift test i&amp;nstead</source>
        <translation>改为显示平移测试(&amp;N)</translation>
    </message>
    <message>
        <source>Show the shift test</source>
        <translation>显示平移测试</translation>
    </message>
    <message>
        <source>Alt+arrows move the input by one cell; Alt+Home back</source>
        <translation>Alt+方向键把输入移动一格；Alt+Home 复位</translation>
    </message>
    <message>
        <source>Shift &amp;by (↓, →)</source>
        <translation>平移量 (↓, →)(&amp;B)</translation>
    </message>
    <message>
        <source>Shift rows</source>
        <translation>平移行数</translation>
    </message>
    <message>
        <source>Shift columns</source>
        <translation>平移列数</translation>
    </message>
    <message>
        <source>Ma&amp;x pooling after</source>
        <translation>之后接最大池化(&amp;X)</translation>
    </message>
    <message>
        <source>Max pooling after the convolution</source>
        <translation>卷积之后的最大池化</translation>
    </message>
    <message>
        <source>none</source>
        <translation>无</translation>
    </message>
</context>
<context>
    <name>CompareView</name>
    <message>
        <source>explicit</source>
        <translation>显式指定</translation>
    </message>
    <message>
        <source>kernel {kh}×{kw}</source>
        <translation>卷积核 {kh}×{kw}</translation>
    </message>
    <message>
        <source>{kernel} {kh}×{kw}</source>
        <translation>{kernel} {kh}×{kw}</translation>
    </message>
    <message>
        <source>stride {s}</source>
        <translation>步幅 {s}</translation>
    </message>
    <message>
        <source>padding {name} ↑{t} ↓{b} ←{l} →{r}</source>
        <translation>填充 {name} ↑{t} ↓{b} ←{l} →{r}</translation>
    </message>
    <message>
        <source>dilation {d}</source>
        <translation>膨胀 {d}</translation>
    </message>
    <message>
        <source>flipped</source>
        <translation>已翻转</translation>
    </message>
    <message>
        <source>{side}: padded {hp}×{wp}</source>
        <translation>{side}：填充后 {hp}×{wp}</translation>
    </message>
    <message>
        <source>{side}: output {ho}×{wo}</source>
        <translation>{side}：输出 {ho}×{wo}</translation>
    </message>
    <message>
        <source>B − A: {d} differ</source>
        <translation>B − A：{d} 个不同</translation>
    </message>
    <message>
        <source>B − A, top-left {h}×{w}: {d} differ</source>
        <translation>B − A，左上 {h}×{w}：{d} 个不同</translation>
    </message>
</context>
<context>
    <name>ControlsPanel</name>
    <message>
        <source>Input</source>
        <translation>输入</translation>
    </message>
    <message>
        <source>Kernel</source>
        <translation>卷积核</translation>
    </message>
    <message>
        <source>Padding</source>
        <translation>填充</translation>
    </message>
    <message>
        <source>Stride &amp;&amp; dilation</source>
        <translation>步幅与膨胀</translation>
    </message>
    <message>
        <source>Display</source>
        <translation>显示</translation>
    </message>
    <message>
        <source>&amp;Input size</source>
        <translation>输入尺寸(&amp;I)</translation>
    </message>
    <message>
        <source>&amp;Data</source>
        <translation>数据(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Kernel size</source>
        <translation>卷积核尺寸(&amp;K)</translation>
    </message>
    <message>
        <source>&amp;Weights</source>
        <translation>权重(&amp;W)</translation>
    </message>
    <message>
        <source>P&amp;adding</source>
        <translation>填充(&amp;A)</translation>
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
        <translation>填充方式(&amp;M)</translation>
    </message>
    <message>
        <source>Fill val&amp;ue</source>
        <translation>填充值(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Stride</source>
        <translation>步幅(&amp;S)</translation>
    </message>
    <message>
        <source>Dilati&amp;on</source>
        <translation>膨胀(&amp;O)</translation>
    </message>
    <message>
        <source>New &amp;random values</source>
        <translation>新的随机值(&amp;R)</translation>
    </message>
    <message>
        <source>Draw new random digits 0–9 (switches the input to random)</source>
        <translation>重新抽取 0–9 的随机数字（并把输入切换为随机）</translation>
    </message>
    <message>
        <source>valid: no padding · same: output size = input size / stride · full: every partial overlap · explicit: type the four amounts</source>
        <translation>valid：不填充 · same：输出尺寸 = 输入尺寸 / 步幅 · full：计入所有部分重叠 · 显式指定：手动输入四边的填充量</translation>
    </message>
    <message>
        <source>Value the padding holds when the fill mode is constant</source>
        <translation>填充方式为“常数 (constant)”时填入的值</translation>
    </message>
    <message>
        <source>True &amp;convolution
(flip kernel 180°)</source>
        <translation>真正的卷积(&amp;C)
（卷积核旋转 180°）</translation>
    </message>
    <message>
        <source>Checked: true convolution, the kernel rotated 180°. Unchecked: cross-correlation, what PyTorch and TensorFlow compute.</source>
        <translation>勾选：真正的卷积，卷积核旋转 180°。不勾选：互相关，即 PyTorch 和 TensorFlow 实际计算的运算。</translation>
    </message>
    <message>
        <source>Covera&amp;ge heat map</source>
        <translation>覆盖次数热力图(&amp;G)</translation>
    </message>
    <message>
        <source>Colour each input cell by how many windows cover it</source>
        <translation>按每个输入单元被多少个窗口覆盖来着色</translation>
    </message>
    <message>
        <source>Error message</source>
        <translation>错误信息</translation>
    </message>
    <message>
        <source>Input values</source>
        <translation>输入值</translation>
    </message>
    <message>
        <source>Kernel weights</source>
        <translation>卷积核权重</translation>
    </message>
    <message>
        <source>Fill mode</source>
        <translation>填充方式</translation>
    </message>
    <message>
        <source>Constant fill value</source>
        <translation>常数填充值</translation>
    </message>
    <message>
        <source>Input height</source>
        <translation>输入高度</translation>
    </message>
    <message>
        <source>Input width</source>
        <translation>输入宽度</translation>
    </message>
    <message>
        <source>Kernel height</source>
        <translation>卷积核高度</translation>
    </message>
    <message>
        <source>Kernel width</source>
        <translation>卷积核宽度</translation>
    </message>
    <message>
        <source>Padding top</source>
        <translation>上方填充</translation>
    </message>
    <message>
        <source>Padding bottom</source>
        <translation>下方填充</translation>
    </message>
    <message>
        <source>Padding left</source>
        <translation>左侧填充</translation>
    </message>
    <message>
        <source>Padding right</source>
        <translation>右侧填充</translation>
    </message>
    <message>
        <source>Stride height</source>
        <translation>纵向步幅</translation>
    </message>
    <message>
        <source>Stride width</source>
        <translation>横向步幅</translation>
    </message>
    <message>
        <source>Dilation height</source>
        <translation>纵向膨胀</translation>
    </message>
    <message>
        <source>Dilation width</source>
        <translation>横向膨胀</translation>
    </message>
    <message>
        <source>{name} ({lo}–{hi})</source>
        <translation>{name}（{lo}–{hi}）</translation>
    </message>
    <message>
        <source>custom (typed)</source>
        <translation>自定义（手动输入）</translation>
    </message>
    <message>
        <source>opened image</source>
        <translation>已打开的图像</translation>
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
        <translation>显式指定</translation>
    </message>
    <message>
        <source>zeros</source>
        <translation>零 (zeros)</translation>
    </message>
    <message>
        <source>constant</source>
        <translation>常数 (constant)</translation>
    </message>
    <message>
        <source>reflect</source>
        <translation>反射 (reflect)</translation>
    </message>
    <message>
        <source>symmetric</source>
        <translation>对称 (symmetric)</translation>
    </message>
    <message>
        <source>replicate</source>
        <translation>复制 (replicate)</translation>
    </message>
    <message>
        <source>circular</source>
        <translation>循环 (circular)</translation>
    </message>
</context>
<context>
    <name>ConvForm</name>
    <message>
        <source>&amp;Kernel</source>
        <translation>卷积核(&amp;K)</translation>
    </message>
    <message>
        <source>&amp;Stride</source>
        <translation>步幅(&amp;S)</translation>
    </message>
    <message>
        <source>Paddin&amp;g</source>
        <translation>填充(&amp;G)</translation>
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
        <translation>填充方式(&amp;L)</translation>
    </message>
    <message>
        <source>D&amp;ilation</source>
        <translation>膨胀(&amp;I)</translation>
    </message>
    <message>
        <source>Filters</source>
        <translation>滤波器数</translation>
    </message>
    <message>
        <source>Bias</source>
        <translation>偏置</translation>
    </message>
    <message>
        <source>same as input</source>
        <translation>与输入相同</translation>
    </message>
    <message>
        <source>one per filter</source>
        <translation>每个滤波器一个</translation>
    </message>
    <message>
        <source>explicit</source>
        <translation>显式指定</translation>
    </message>
    <message>
        <source>Kernel height</source>
        <translation>卷积核高度</translation>
    </message>
    <message>
        <source>Kernel width</source>
        <translation>卷积核宽度</translation>
    </message>
    <message>
        <source>Stride height</source>
        <translation>纵向步幅</translation>
    </message>
    <message>
        <source>Stride width</source>
        <translation>横向步幅</translation>
    </message>
    <message>
        <source>Padding</source>
        <translation>填充</translation>
    </message>
    <message>
        <source>Padding top</source>
        <translation>上方填充</translation>
    </message>
    <message>
        <source>Padding bottom</source>
        <translation>下方填充</translation>
    </message>
    <message>
        <source>Padding left</source>
        <translation>左侧填充</translation>
    </message>
    <message>
        <source>Padding right</source>
        <translation>右侧填充</translation>
    </message>
    <message>
        <source>Fill mode</source>
        <translation>填充方式</translation>
    </message>
    <message>
        <source>Dilation height</source>
        <translation>纵向膨胀</translation>
    </message>
    <message>
        <source>Dilation width</source>
        <translation>横向膨胀</translation>
    </message>
</context>
<context>
    <name>CrashGuard</name>
    <message>
        <source>Your work is safe: it was saved to {}.</source>
        <translation>你的工作是安全的：已保存到 {}。</translation>
    </message>
    <message>
        <source>Your work could not be saved automatically; save it with Ctrl+S.</source>
        <translation>无法自动保存你的工作；请按 Ctrl+S 保存。</translation>
    </message>
    <message>
        <source>convstudio is still running. {}

The details for a bug report are in {}</source>
        <translation>convstudio 仍在运行。{}

用于错误报告的详细信息在 {}</translation>
    </message>
    <message>
        <source>convstudio: something went wrong</source>
        <translation>convstudio：出现了问题</translation>
    </message>
    <message>
        <source>That action failed: {}</source>
        <translation>该操作失败：{}</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>Custom</source>
        <translation>自定义</translation>
    </message>
    <message>
        <source>Export {format}</source>
        <translation>导出 {format}</translation>
    </message>
    <message>
        <source>Frame size</source>
        <translation>帧尺寸</translation>
    </message>
    <message>
        <source>&amp;Frame size:</source>
        <translation>帧尺寸(&amp;F)：</translation>
    </message>
    <message>
        <source>Custom (pixels):</source>
        <translation>自定义（像素）：</translation>
    </message>
    <message>
        <source> frames/s</source>
        <translation> 帧/秒</translation>
    </message>
    <message>
        <source>&amp;Every step</source>
        <translation>全部步骤(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Speed:</source>
        <translation>速度(&amp;S)：</translation>
    </message>
    <message>
        <source>or steps</source>
        <translation>或步骤</translation>
    </message>
    <message>
        <source>to</source>
        <translation>至</translation>
    </message>
    <message>
        <source>Steps:</source>
        <translation>步骤：</translation>
    </message>
    <message>
        <source>{count} frames, {seconds} s long</source>
        <translation>{count} 帧，时长 {seconds} 秒</translation>
    </message>
</context>
<context>
    <name>Exporter</name>
    <message>
        <source>&amp;Export</source>
        <translation>导出(&amp;E)</translation>
    </message>
    <message>
        <source>Current frame as &amp;PNG…</source>
        <translation>当前帧导出为 PNG(&amp;P)…</translation>
    </message>
    <message>
        <source>&amp;Copy current frame</source>
        <translation>复制当前帧(&amp;C)</translation>
    </message>
    <message>
        <source>Walk as animated &amp;GIF…</source>
        <translation>全部步骤导出为 GIF 动画(&amp;G)…</translation>
    </message>
    <message>
        <source>Walk as &amp;MP4 video…</source>
        <translation>全部步骤导出为 MP4 视频(&amp;M)…</translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation>PNG 图像 (*.png)</translation>
    </message>
    <message>
        <source>GIF animations (*.gif)</source>
        <translation>GIF 动画 (*.gif)</translation>
    </message>
    <message>
        <source>MP4 videos (*.mp4)</source>
        <translation>MP4 视频 (*.mp4)</translation>
    </message>
    <message>
        <source>Export {format}</source>
        <translation>导出 {format}</translation>
    </message>
    <message>
        <source>{hint}

GIF export works without it.</source>
        <translation>{hint}

导出 GIF 不需要它。</translation>
    </message>
    <message>
        <source>MP4 export is not installed</source>
        <translation>未安装 MP4 导出功能</translation>
    </message>
    <message>
        <source>{notice}

Export these evenly spaced steps?</source>
        <translation>{notice}

要导出这些均匀间隔的步骤吗？</translation>
    </message>
    <message>
        <source>A very long walk</source>
        <translation>步骤非常多</translation>
    </message>
    <message>
        <source>Writing {name}…</source>
        <translation>正在写入 {name}…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Exporting</source>
        <translation>正在导出</translation>
    </message>
    <message>
        <source>Writing {name}: frame {done} of {count}</source>
        <translation>正在写入 {name}：第 {done} / {count} 帧</translation>
    </message>
    <message>
        <source>{error}

Nothing was written.</source>
        <translation>{error}

没有写入任何文件。</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>导出失败</translation>
    </message>
</context>
<context>
    <name>FormulaPanel</name>
    <message>
        <source>Output size</source>
        <translation>输出尺寸</translation>
    </message>
    <message>
        <source>This step: input · weight</source>
        <translation>本步：输入 · 权重</translation>
    </message>
    <message>
        <source>Under the mouse</source>
        <translation>鼠标所指</translation>
    </message>
</context>
<context>
    <name>ImageOpener</name>
    <message>
        <source>Open &amp;image…</source>
        <translation>打开图像(&amp;I)…</translation>
    </message>
    <message>
        <source>Open a PNG or JPEG as the input (one channel, scaled to fit)</source>
        <translation>打开 PNG 或 JPEG 作为输入（单通道，按需缩小）</translation>
    </message>
    <message>
        <source>Open sa&amp;mple image</source>
        <translation>打开示例图像(&amp;M)</translation>
    </message>
    <message>
        <source>Open a PNG or JPEG image</source>
        <translation>打开 PNG 或 JPEG 图像</translation>
    </message>
    <message>
        <source>PNG or JPEG images (*.png *.jpg *.jpeg *.PNG *.JPG *.JPEG);;All files (*)</source>
        <translation>PNG 或 JPEG 图像 (*.png *.jpg *.jpeg *.PNG *.JPG *.JPEG);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Opened {name}: {h}×{w} values, {mode}.</source>
        <translation>已打开 {name}：{h}×{w} 个值，{mode}。</translation>
    </message>
    <message>
        <source>Cannot open this image</source>
        <translation>无法打开此图像</translation>
    </message>
</context>
<context>
    <name>LanguageMenu</name>
    <message>
        <source>&amp;Language</source>
        <translation>语言 Language(&amp;L)</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>编辑(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Playback</source>
        <translation>播放(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Mode</source>
        <translation>模式(&amp;M)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <source>Next mode</source>
        <translation>下一个模式</translation>
    </message>
    <message>
        <source>Previous mode</source>
        <translation>上一个模式</translation>
    </message>
    <message>
        <source>Play / pause</source>
        <translation>播放 / 暂停</translation>
    </message>
    <message>
        <source>Step forward</source>
        <translation>前进一步</translation>
    </message>
    <message>
        <source>Step back</source>
        <translation>后退一步</translation>
    </message>
    <message>
        <source>First step</source>
        <translation>第一步</translation>
    </message>
    <message>
        <source>Last step (whole output)</source>
        <translation>最后一步（完整输出）</translation>
    </message>
    <message>
        <source>Faster</source>
        <translation>加快</translation>
    </message>
    <message>
        <source>Slower</source>
        <translation>减慢</translation>
    </message>
    <message>
        <source>&amp;Image mode (inputs up to 1024×1024)</source>
        <translation>图像模式（输入最大 1024×1024）(&amp;I)</translation>
    </message>
    <message>
        <source>&amp;About convstudio</source>
        <translation>关于 convstudio(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <source>Single layer</source>
        <translation>单层</translation>
    </message>
    <message>
        <source>there is no mode called {name!r}; the modes are: {known}</source>
        <translation>没有名为 {name!r} 的模式；可用的模式有：{known}</translation>
    </message>
    <message>
        <source>convstudio — padding, stride and dilation, step by step</source>
        <translation>convstudio — 逐步演示填充、步幅与膨胀</translation>
    </message>
    <message>
        <source>Input {h}×{w} → padded {hp}×{wp}</source>
        <translation>输入 {h}×{w} → 填充后 {hp}×{wp}</translation>
    </message>
    <message>
        <source>Kernel {kh}×{kw} · flipped 180° when applied</source>
        <translation>卷积核 {kh}×{kw} · 应用时旋转 180°</translation>
    </message>
    <message>
        <source>Kernel {kh}×{kw}</source>
        <translation>卷积核 {kh}×{kw}</translation>
    </message>
    <message>
        <source>Output {ho}×{wo}</source>
        <translation>输出 {ho}×{wo}</translation>
    </message>
    <message>
        <source>Input cell ({r}, {c})</source>
        <translation>输入单元 ({r}, {c})</translation>
    </message>
    <message>
        <source>Kernel tap ({row}, {col})</source>
        <translation>卷积核元素 ({row}, {col})</translation>
    </message>
    <message>
        <source>Type a value</source>
        <translation>输入数值</translation>
    </message>
    <message>
        <source>{what}:</source>
        <translation>{what}：</translation>
    </message>
    <message>
        <source>About convstudio</source>
        <translation>关于 convstudio</translation>
    </message>
    <message>
        <source>What padding, stride and dilation do to a convolution, step by step — with the numbers PyTorch prints.</source>
        <translation>逐步展示填充、步幅和膨胀对卷积的作用——数字与 PyTorch 打印的完全一致。</translation>
    </message>
</context>
<context>
    <name>ModePage</name>
    <message>
        <source>Step {i} / {n}</source>
        <extracomment>Stable id used by sessions, presets and the command line (&quot;pooling&quot;, &quot;compare&quot;, …).</extracomment>
        <translation>步骤 {i} / {n}</translation>
    </message>
    <message>
        <source>&apos;padding&apos; must be {names} or [[top, bottom], [left, right]] with whole numbers from 0 to {max}</source>
        <translation>&apos;padding&apos; 必须是 {names}，或由 0 到 {max} 的整数组成的 [[top, bottom], [left, right]]</translation>
    </message>
    <message>
        <source>the colour picture has 3 channels (R, G, B), not {n}; set the input channels to 3 or pick generated data</source>
        <translation>彩色图片有 3 个通道（R、G、B），不是 {n} 个；请把输入通道数设为 3，或选择生成的数据</translation>
    </message>
    <message>
        <source>mode {name}</source>
        <translation>模式 {name}</translation>
    </message>
    <message>
        <source>&apos;{name}&apos; must be one of {options}, found {found}</source>
        <translation>&apos;{name}&apos; 必须是 {options} 之一，实际为 {found}</translation>
    </message>
    <message>
        <source>the state</source>
        <translation>状态</translation>
    </message>
</context>
<context>
    <name>OpenImageDialog</name>
    <message>
        <source>Open image — {name}</source>
        <translation>打开图像 — {name}</translation>
    </message>
    <message>
        <source>&lt;b&gt;{name}&lt;/b&gt;: {h}×{w} pixels, colour {format}</source>
        <translation>&lt;b&gt;{name}&lt;/b&gt;：{h}×{w} 像素，彩色 {format}</translation>
    </message>
    <message>
        <source>&lt;b&gt;{name}&lt;/b&gt;: {h}×{w} pixels, greyscale {format}</source>
        <translation>&lt;b&gt;{name}&lt;/b&gt;：{h}×{w} 像素，灰度 {format}</translation>
    </message>
    <message>
        <source>Values to use (the window shows one channel)</source>
        <translation>使用的值（窗口只显示一个通道）</translation>
    </message>
    <message>
        <source>Luminance = 0.299·R + 0.587·G + 0.114·B, rounded (what Pillow&apos;s convert(&quot;L&quot;) gives). All three channels at once needs multi-channel input.</source>
        <translation>亮度 = 0.299·R + 0.587·G + 0.114·B，取整（即 Pillow 的 convert(&quot;L&quot;) 的结果）。同时使用三个通道需要多通道输入。</translation>
    </message>
    <message>
        <source>A greyscale image has one channel: its values 0–255 are used as they are.</source>
        <translation>灰度图像只有一个通道：其 0–255 的值按原样使用。</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>尺寸</translation>
    </message>
    <message>
        <source> pixels</source>
        <translation> 像素</translation>
    </message>
    <message>
        <source>Fit within</source>
        <translation>缩放上限</translation>
    </message>
    <message>
        <source>&amp;Fit within a square of</source>
        <translation>缩放到边长不超过(&amp;F)</translation>
    </message>
    <message>
        <source>Input will be</source>
        <translation>输入将为</translation>
    </message>
    <message>
        <source>View → Image mode allows up to {n} pixels.</source>
        <translation>视图 → 图像模式最多允许 {n} 像素。</translation>
    </message>
    <message>
        <source>{h}×{w} values (kept at its size)</source>
        <translation>{h}×{w} 个值（保持原尺寸）</translation>
    </message>
    <message>
        <source>{h}×{w} values (scaled down, aspect kept)</source>
        <translation>{h}×{w} 个值（已缩小，保持宽高比）</translation>
    </message>
</context>
<context>
    <name>PlaybackBar</name>
    <message>
        <source>First step (Home)</source>
        <translation>第一步 (Home)</translation>
    </message>
    <message>
        <source>Step back (←)</source>
        <translation>后退一步 (←)</translation>
    </message>
    <message>
        <source>Step forward (→)</source>
        <translation>前进一步 (→)</translation>
    </message>
    <message>
        <source>Last step (End)</source>
        <translation>最后一步 (End)</translation>
    </message>
    <message>
        <source>Step counter</source>
        <translation>步数计数</translation>
    </message>
    <message>
        <source>Step scrubber</source>
        <translation>步骤滑块</translation>
    </message>
    <message>
        <source>Drag to any step</source>
        <translation>拖动到任意一步</translation>
    </message>
    <message>
        <source> steps/s</source>
        <translation> 步/秒</translation>
    </message>
    <message>
        <source>Playback speed</source>
        <translation>播放速度</translation>
    </message>
    <message>
        <source>Playback speed, {lo}–{hi} steps per second (− / + keys)</source>
        <translation>播放速度，每秒 {lo}–{hi} 步（− / + 键）</translation>
    </message>
    <message>
        <source>Pause (Space)</source>
        <translation>暂停 (Space)</translation>
    </message>
    <message>
        <source>Play (Space)</source>
        <translation>播放 (Space)</translation>
    </message>
</context>
<context>
    <name>PoolForm</name>
    <message>
        <source>Poo&amp;ling</source>
        <translation>池化(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Kernel</source>
        <translation>池化核(&amp;K)</translation>
    </message>
    <message>
        <source>&amp;Stride</source>
        <translation>步幅(&amp;S)</translation>
    </message>
    <message>
        <source>Paddin&amp;g</source>
        <translation>填充(&amp;G)</translation>
    </message>
    <message>
        <source>Ceil mode</source>
        <translation>向上取整</translation>
    </message>
    <message>
        <source>&amp;Round the size up</source>
        <translation>尺寸向上取整(&amp;R)</translation>
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
        <translation>池化</translation>
    </message>
    <message>
        <source>Pool kernel height</source>
        <translation>池化核高度</translation>
    </message>
    <message>
        <source>Pool kernel width</source>
        <translation>池化核宽度</translation>
    </message>
    <message>
        <source>Pool stride height</source>
        <translation>池化纵向步幅</translation>
    </message>
    <message>
        <source>Pool stride width</source>
        <translation>池化横向步幅</translation>
    </message>
    <message>
        <source>Pool padding height</source>
        <translation>池化纵向填充</translation>
    </message>
    <message>
        <source>Pool padding width</source>
        <translation>池化横向填充</translation>
    </message>
</context>
<context>
    <name>PoolingControls</name>
    <message>
        <source>Typed values</source>
        <translation>手动输入的值</translation>
    </message>
    <message>
        <source>Max pooling</source>
        <translation>最大池化</translation>
    </message>
    <message>
        <source>Average pooling</source>
        <translation>平均池化</translation>
    </message>
    <message>
        <source>&amp;Type</source>
        <translation>类型(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Input size</source>
        <translation>输入尺寸(&amp;I)</translation>
    </message>
    <message>
        <source>&amp;Data</source>
        <translation>数据(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Kernel</source>
        <translation>池化核(&amp;K)</translation>
    </message>
    <message>
        <source>&amp;Stride</source>
        <translation>步幅(&amp;S)</translation>
    </message>
    <message>
        <source>P&amp;adding</source>
        <translation>填充(&amp;A)</translation>
    </message>
    <message>
        <source>Di&amp;lation</source>
        <translation>膨胀(&amp;L)</translation>
    </message>
    <message>
        <source>New &amp;random values</source>
        <translation>新的随机值(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Ceil mode (round the size up)</source>
        <translation>输出尺寸向上取整(&amp;C)</translation>
    </message>
    <message>
        <source>Cou&amp;nt padding in the divisor</source>
        <translation>除数计入填充(&amp;N)</translation>
    </message>
    <message>
        <source>Pooling type</source>
        <translation>池化类型</translation>
    </message>
    <message>
        <source>Input data</source>
        <translation>输入数据</translation>
    </message>
    <message>
        <source>New random values</source>
        <translation>新的随机值</translation>
    </message>
    <message>
        <source>Ceil mode</source>
        <translation>向上取整模式</translation>
    </message>
    <message>
        <source>Count padding</source>
        <translation>计入填充</translation>
    </message>
    <message>
        <source>ceil_mode=True: round the output size up; a last window may hang over</source>
        <translation>max_pool2d(ceil_mode=True)、avg_pool2d(ceil_mode=True)：输出尺寸向上取整；最后一个窗口可能越出边界</translation>
    </message>
    <message>
        <source>count_include_pad=True: padding cells count in the average&apos;s divisor</source>
        <translation>avg_pool2d(count_include_pad=True)：填充单元计入求平均时的除数</translation>
    </message>
    <message>
        <source>Input rows</source>
        <translation>输入行数</translation>
    </message>
    <message>
        <source>Input columns</source>
        <translation>输入列数</translation>
    </message>
    <message>
        <source>Kernel rows</source>
        <translation>池化核行数</translation>
    </message>
    <message>
        <source>Kernel columns</source>
        <translation>池化核列数</translation>
    </message>
    <message>
        <source>Stride rows</source>
        <translation>纵向步幅</translation>
    </message>
    <message>
        <source>Stride columns</source>
        <translation>横向步幅</translation>
    </message>
    <message>
        <source>Padding rows</source>
        <translation>纵向填充</translation>
    </message>
    <message>
        <source>Padding columns</source>
        <translation>横向填充</translation>
    </message>
    <message>
        <source>Dilation rows</source>
        <translation>纵向膨胀</translation>
    </message>
    <message>
        <source>Dilation columns</source>
        <translation>横向膨胀</translation>
    </message>
</context>
<context>
    <name>PoolingPage</name>
    <message>
        <source>This step</source>
        <translation>本步</translation>
    </message>
    <message>
        <source>Input {h}×{w} → padded {hp}×{wp} (padding −∞)</source>
        <translation>输入 {h}×{w} → 填充后 {hp}×{wp}（填充 −∞）</translation>
    </message>
    <message>
        <source>Input {h}×{w} → padded {hp}×{wp} (padding 0)</source>
        <translation>输入 {h}×{w} → 填充后 {hp}×{wp}（填充 0）</translation>
    </message>
    <message>
        <source> · hatched: past the edge, never read</source>
        <translation> · 斜线区域：超出边界，从不读取</translation>
    </message>
    <message>
        <source>Max pool output {ho}×{wo}</source>
        <translation>最大池化输出 {ho}×{wo}</translation>
    </message>
    <message>
        <source>Average pool output {ho}×{wo}</source>
        <translation>平均池化输出 {ho}×{wo}</translation>
    </message>
    <message>
        <source>Padding keeps the size, pooling shrinks it:</source>
        <translation>填充保持尺寸，池化缩小尺寸：</translation>
    </message>
    <message>
        <source>Step {i} / {n} · output ({r}, {c})</source>
        <translation>步骤 {i} / {n} · 输出 ({r}, {c})</translation>
    </message>
    <message>
        <source>Pooling</source>
        <translation>池化</translation>
    </message>
</context>
<context>
    <name>Presenter</name>
    <message>
        <source>&amp;Normal</source>
        <translation>普通(&amp;N)</translation>
    </message>
    <message>
        <source>High contrast, &amp;dark</source>
        <translation>高对比度，深色(&amp;D)</translation>
    </message>
    <message>
        <source>High contrast, &amp;light</source>
        <translation>高对比度，浅色(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Default</source>
        <translation>默认(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Colour-blind safe</source>
        <translation>色盲友好(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;High contrast</source>
        <translation>高对比度(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;Presenter</source>
        <translation>演示(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Full screen</source>
        <translation>全屏(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Leave full screen</source>
        <translation>退出全屏(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Settings panel</source>
        <translation>设置面板(&amp;S)</translation>
    </message>
    <message>
        <source>Zoom &amp;in</source>
        <translation>放大(&amp;I)</translation>
    </message>
    <message>
        <source>Zoom &amp;out</source>
        <translation>缩小(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Reset zoom</source>
        <translation>重置缩放(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Theme</source>
        <translation>主题(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Cell colours</source>
        <translation>单元格配色(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts…</source>
        <translation>键盘快捷键(&amp;K)…</translation>
    </message>
</context>
<context>
    <name>Presets</name>
    <message>
        <source>4×4 ⊛ 3×3, valid → 2×2</source>
        <translation>4×4 ⊛ 3×3，valid → 2×2</translation>
    </message>
    <message>
        <source>No padding: a 3×3 window fits 4 − 3 + 1 = 2 times across and 2 times down, so the output is 2×2. The kernel is a vertical-edge detector (left column minus right column); every output is the sum of 9 products you can check by hand.</source>
        <translation>不填充：3×3 的窗口横向和纵向各能放下 4 − 3 + 1 = 2 次，所以输出是 2×2。卷积核是竖直边缘检测器（左列减右列）；每个输出都是 9 个乘积之和，可以手算验证。</translation>
    </message>
    <message>
        <source>4×4 ⊛ 3×3, same → 4×4</source>
        <translation>4×4 ⊛ 3×3，same → 4×4</translation>
    </message>
    <message>
        <source>&apos;same&apos; adds one ring of zeros (at stride 1 this is PyTorch&apos;s padding=1), so the padded input is 6×6 and the output keeps the input&apos;s 4×4 size. Compare with valid-4x4: the four middle outputs are the same numbers.</source>
        <translation>&apos;same&apos; 在四周补一圈零（步幅为 1 时相当于 PyTorch 的 padding=1），因此填充后的输入为 6×6，输出保持输入的 4×4 尺寸。与 valid-4x4 对比：中间四个输出的数字相同。</translation>
    </message>
    <message>
        <source>Handwritten 7 (28×28) ⊛ Sobel x, valid → 26×26</source>
        <translation>手写数字 7（28×28）⊛ Sobel x，valid → 26×26</translation>
    </message>
    <message>
        <source>An MNIST-sized 7 (values 0–255) under a 3×3 Sobel x kernel without padding: the output loses one pixel on every side, 28 − 3 + 1 = 26. Strong positive and negative outputs mark the left and right edges of the strokes.</source>
        <translation>一个 MNIST 大小的 7（取值 0–255）与 3×3 的 Sobel x 卷积核做无填充卷积：输出每边少一个像素，28 − 3 + 1 = 26。较强的正、负输出标出了笔画的左右边缘。</translation>
    </message>
    <message>
        <source>Handwritten 7 (28×28) ⊛ Sobel x, same → 28×28</source>
        <translation>手写数字 7（28×28）⊛ Sobel x，same → 28×28</translation>
    </message>
    <message>
        <source>The same 7 with &apos;same&apos; padding: one ring of zeros makes the padded input 30×30 and the output keeps 28×28, as a Keras Conv2D(padding=&apos;same&apos;) layer would.</source>
        <translation>同一个 7，使用 &apos;same&apos; 填充：补一圈零使填充后的输入为 30×30，输出保持 28×28，与 Keras 的 Conv2D(padding=&apos;same&apos;) 层一致。</translation>
    </message>
    <message>
        <source>6×6 ⊛ 3×3 with one ring of zeros → 6×6</source>
        <translation>6×6 ⊛ 3×3，补一圈零 → 6×6</translation>
    </message>
    <message>
        <source>The classic 6×6 vertical-edge example with padding=1 on every side: 6 + 1 + 1 − 3 + 1 = 6, so the output is as large as the input. The outer ring of outputs mixes in zeros from the padding (shown bracketed in the sum).</source>
        <translation>经典的 6×6 竖直边缘示例，四周 padding=1：6 + 1 + 1 − 3 + 1 = 6，因此输出与输入一样大。最外一圈输出混入了来自填充的零（在求和式中用方括号标出）。</translation>
    </message>
    <message>
        <source>5×5 ⊛ 3×3, stride 2, no padding → 2×2</source>
        <translation>5×5 ⊛ 3×3，步幅 2，不填充 → 2×2</translation>
    </message>
    <message>
        <source>The window jumps 2 cells at a time: ⌊(5 − 3) / 2⌋ + 1 = 2 positions per axis. Every input cell is still read, but the middle row and column are read twice.</source>
        <translation>窗口每次移动 2 格：每个方向 ⌊(5 − 3) / 2⌋ + 1 = 2 个位置。每个输入单元仍然都会被读取，但中间的行和列被读取两次。</translation>
    </message>
    <message>
        <source>5×5 ⊛ 3×3, stride 2, padding 1 → 3×3</source>
        <translation>5×5 ⊛ 3×3，步幅 2，填充 1 → 3×3</translation>
    </message>
    <message>
        <source>The same stride with one ring of zeros: ⌊(5 + 2 − 3) / 2⌋ + 1 = 3. Padding lets the window also centre on the edge cells, so the output grows from 2×2 to 3×3.</source>
        <translation>同样的步幅，加一圈零：⌊(5 + 2 − 3) / 2⌋ + 1 = 3。填充让窗口也能以边缘单元为中心，输出从 2×2 增加到 3×3。</translation>
    </message>
    <message>
        <source>7×7 ⊛ 3×3, stride 3: the last row and column are never read</source>
        <translation>7×7 ⊛ 3×3，步幅 3：最后一行和一列从未被读取</translation>
    </message>
    <message>
        <source>Windows start at 0 and 3 and cover rows 0–5; a third would need rows 6–8, but the input ends at row 6, so ⌊(7 − 3) / 3⌋ + 1 = 2 and row 6 and column 6 never reach the output. The coverage heat map shows them at 0 (and they are struck out).</source>
        <translation>窗口从 0 和 3 开始，覆盖第 0–5 行；第三个窗口需要第 6–8 行，但输入到第 6 行就结束了，所以 ⌊(7 − 3) / 3⌋ + 1 = 2，第 6 行和第 6 列永远到达不了输出。覆盖次数热力图显示它们为 0（并被划掉）。</translation>
    </message>
    <message>
        <source>TensorFlow &apos;same&apos; at stride 2: 6×6 → 3×3, padding only bottom/right</source>
        <translation>TensorFlow 的 &apos;same&apos;，步幅 2：6×6 → 3×3，只在下/右填充</translation>
    </message>
    <message>
        <source>Keras/TensorFlow padding=&apos;same&apos; with stride 2 wants ⌈6 / 2⌉ = 3 outputs, which needs (3 − 1)·2 + 3 − 6 = 1 extra row and column. TensorFlow puts the odd one after: top 0, bottom 1, left 0, right 1, so the windows start at input rows 0, 2, 4. Compare with torch-pad1-stride2: same 3×3 shape, different windows, different numbers.</source>
        <translation>Keras/TensorFlow 的 padding=&apos;same&apos; 在步幅 2 时需要 ⌈6 / 2⌉ = 3 个输出，为此需要 (3 − 1)·2 + 3 − 6 = 1 行和 1 列额外填充。TensorFlow 把多出的那一份放在后面：上 0、下 1、左 0、右 1，所以窗口从输入的第 0、2、4 行开始。与 torch-pad1-stride2 对比：形状同为 3×3，但窗口不同，数字也不同。</translation>
    </message>
    <message>
        <source>PyTorch padding=1 at stride 2: 6×6 → 3×3, windows shifted</source>
        <translation>PyTorch 的 padding=1，步幅 2：6×6 → 3×3，窗口偏移</translation>
    </message>
    <message>
        <source>PyTorch Conv2d(padding=1, stride=2) pads one ring on all four sides: ⌊(6 + 2 − 3) / 2⌋ + 1 = 3, the same shape as TensorFlow&apos;s &apos;same&apos;, but the windows start one row and column earlier (input rows −1, 1, 3) and the bottom and right padding is never read. Porting a Keras model to PyTorch with padding=1 therefore shifts every output. (PyTorch&apos;s own padding=&apos;same&apos; refuses stride 2.)</source>
        <translation>PyTorch 的 Conv2d(padding=1, stride=2) 在四边各补一圈：⌊(6 + 2 − 3) / 2⌋ + 1 = 3，形状与 TensorFlow 的 &apos;same&apos; 相同，但窗口提前一行一列开始（输入第 −1、1、3 行），而且下方和右侧的填充从未被读取。因此把 Keras 模型移植到 PyTorch 时若用 padding=1，每个输出都会偏移。（PyTorch 自带的 padding=&apos;same&apos; 不接受步幅 2。）</translation>
    </message>
    <message>
        <source>Zero padding darkens the edge: a flat 9 image blurred</source>
        <translation>零填充让边缘变暗：模糊一幅全为 9 的图像</translation>
    </message>
    <message>
        <source>A uniformly bright image (all 9) under a 3×3 box blur with &apos;same&apos; zero padding. Every window that overhangs the edge averages in black: the border of the output drops to 6 and the corners to 4, an edge that is not in the image. Compare with reflect-edge.</source>
        <translation>一幅均匀明亮的图像（全为 9），用 3×3 均值模糊并采用 &apos;same&apos; 零填充。每个伸出边缘的窗口都混入了黑色：输出的边框降到 6，四角降到 4——图像中本没有这条边。与 reflect-edge 对比。</translation>
    </message>
    <message>
        <source>Reflect padding keeps the edge: a flat 9 image blurred</source>
        <translation>反射填充保持边缘：模糊一幅全为 9 的图像</translation>
    </message>
    <message>
        <source>The same blur with reflect padding: the ring mirrors the cells next to the edge, so every window sees only 9s and the output stays 9 everywhere, with no false dark frame. Compare with zeros-edge.</source>
        <translation>同样的模糊，改用反射填充：填充圈镜像边缘旁的单元，因此每个窗口只看到 9，输出处处保持为 9，没有虚假的暗边框。与 zeros-edge 对比。</translation>
    </message>
    <message>
        <source>7×7 ⊛ 3×3 with dilation 2 → 3×3</source>
        <translation>7×7 ⊛ 3×3，膨胀率 2 → 3×3</translation>
    </message>
    <message>
        <source>Dilation 2 spreads the 9 taps over a 5×5 area with gaps between them (2·(3 − 1) + 1 = 5), so the receptive field grows without more weights: ⌊(7 − 2·(3 − 1) − 1) / 1⌋ + 1 = 3.</source>
        <translation>膨胀率 2 把 9 个抽头分散到 5×5 的区域，中间留有空隙（2·(3 − 1) + 1 = 5），因此感受野变大而权重数量不变：⌊(7 − 2·(3 − 1) − 1) / 1⌋ + 1 = 3。</translation>
    </message>
    <message>
        <source>4×4 ⊛ 3×3, full → 6×6</source>
        <translation>4×4 ⊛ 3×3，full → 6×6</translation>
    </message>
    <message>
        <source>&apos;full&apos; pads k − 1 = 2 on every side so that every partial overlap counts: the padded input is 8×8 and the output 4 + 3 − 1 = 6 per axis, like numpy.convolve(mode=&apos;full&apos;). The corner outputs see a single input cell.</source>
        <translation>&apos;full&apos; 在每边填充 k − 1 = 2，使每一种部分重叠都被计入：填充后的输入为 8×8，每个方向的输出为 4 + 3 − 1 = 6，与 numpy.convolve(mode=&apos;full&apos;) 相同。角上的输出只覆盖一个输入单元。</translation>
    </message>
    <message>
        <source>Pooling: 6×6 through 2×2 max pooling, stride 2 → 3×3</source>
        <translation>池化：6×6 经 2×2 最大池化，步幅 2 → 3×3</translation>
    </message>
    <message>
        <source>2×2 max pooling with stride 2 keeps the largest value of every 2×2 block: ⌊(6 − 1·(2 − 1) − 1) / 2⌋ + 1 = 3, so 6×6 becomes 3×3. The single-layer tab holds the same input through a 3×3 convolution with padding 1, which keeps 6×6: padding keeps the size, pooling shrinks it. Step with → to see which cell each window takes.</source>
        <translation>步幅为 2 的 2×2 最大池化保留每个 2×2 块中的最大值：⌊(6 − 1·(2 − 1) − 1) / 2⌋ + 1 = 3，所以 6×6 变成 3×3。“单层”标签页中是同一输入经过填充为 1 的 3×3 卷积，尺寸保持 6×6：填充保持尺寸，池化缩小尺寸。按 → 逐步查看每个窗口取的是哪个单元。</translation>
    </message>
    <message>
        <source>Transposed convolution: 3×3 → 5×5 with stride 2, padding 1</source>
        <translation>转置卷积：3×3 → 5×5，步幅 2，填充 1</translation>
    </message>
    <message>
        <source>A transposed convolution is an ordinary one over a stretched input: one zero goes between neighbouring inputs (stride 2), a border of 1·(3 − 1) − 1 = 1 zero goes around, and the flipped kernel slides over the 7×7 result: (3 − 1)·2 − 2·1 + 1·(3 − 1) + 0 + 1 = 5. The single-layer tab shows the convolution it mirrors: 5×5, stride 2, padding 1 → 3×3.</source>
        <translation>转置卷积就是在拉伸后的输入上做普通卷积：相邻输入之间插入一个零（步幅 2），四周再补 1·(3 − 1) − 1 = 1 圈零，翻转后的卷积核在得到的 7×7 上滑动：(3 − 1)·2 − 2·1 + 1·(3 − 1) + 0 + 1 = 5。“单层”标签页显示与之对应的卷积：5×5，步幅 2，填充 1 → 3×3。</translation>
    </message>
    <message>
        <source>Channels: a 3×5×5 RGB input through two 3×3×3 filters → 2×5×5</source>
        <translation>多通道：3×5×5 的 R、G、B 输入经两个 3×3×3 滤波器 → 2×5×5</translation>
    </message>
    <message>
        <source>Each filter is 3-D: one 3×3 slice per input channel. An output cell is the R window times the R slice, plus G times G, plus B times B, plus the bias: three partial sums added up, shown under each channel. Two filters give two output channels; stepping fills filter 0, then filter 1. Try groups, or the colour picture as true R, G, B.</source>
        <translation>每个滤波器都是三维的：每个输入通道对应一个 3×3 切片。一个输出单元等于 R 窗口乘 R 切片，加 G 乘 G，加 B 乘 B，再加偏置：三个部分和相加，分别显示在各通道下方。两个滤波器给出两个输出通道；逐步演示先填满滤波器 0，再填滤波器 1。可以试试分组，或把彩色图片作为真正的 R、G、B 输入。</translation>
    </message>
    <message>
        <source>Sequence: causal padding, output t sees only inputs ≤ t</source>
        <translation>序列：因果填充，输出 t 只看到 ≤ t 的输入</translation>
    </message>
    <message>
        <source>A 1-D convolution over 12 values with a kernel of 3. Causal padding puts all d·(k − 1) = 2 padding cells on the left (Keras&apos; Conv1D padding=&quot;causal&quot;), so the output keeps length 12 and the window of output t ends exactly on input t: nothing from the future leaks in. Compare with same, which centres the window.</source>
        <translation>对 12 个值做一维卷积，卷积核长度为 3。因果填充把全部 d·(k − 1) = 2 个填充单元放在左侧（即 Keras 的 Conv1D(padding=&quot;causal&quot;)），因此输出长度保持 12，且输出 t 的窗口恰好止于输入 t：不会混入任何来自未来的信息。可与把窗口居中的 same 对比。</translation>
    </message>
    <message>
        <source>Layer stack: 20×20 through 3×3, 5×5, 7×7 — valid vs same</source>
        <translation>层堆叠：20×20 经 3×3、5×5、7×7 — valid 对比 same</translation>
    </message>
    <message>
        <source>Three convolutions in a row, shown twice side by side. With &apos;valid&apos; every layer eats its border: 20 → 18 → 14 → 8. With &apos;same&apos; each layer pads just enough to keep 20×20. The receptive field grows the same way in both: 3, 7, 13 cells. Step with → to walk the stack layer by layer; Enter opens a layer in the single-layer tab.</source>
        <translation>连续三个卷积，左右并排显示两组。用 &apos;valid&apos; 时每层都会吃掉自己的边缘：20 → 18 → 14 → 8。用 &apos;same&apos; 时每层恰好填充到保持 20×20。两组的感受野增长方式相同：3、7、13 个单元。按 → 逐层走过整个堆叠；按回车键在“单层”标签页中打开当前层。</translation>
    </message>
    <message>
        <source>Compare: PyTorch padding=1 vs TensorFlow &apos;same&apos; at stride 2 — one shape, other windows</source>
        <translation>对比：步幅 2 时 PyTorch 的 padding=1 与 TensorFlow 的 &apos;same&apos;——形状相同，窗口不同</translation>
    </message>
    <message>
        <source>A pads one ring on every side (PyTorch padding=1); B pads only bottom and right (TensorFlow &apos;same&apos;: ⌈6 / 2⌉ = 3 outputs need one extra row and column, the odd one goes after). Both outputs are 3×3, yet every window reads other input cells, so the numbers differ (8 of the 9 here). Step with → and watch the two windows sit one cell apart.</source>
        <translation>A 在四边各补一圈（PyTorch 的 padding=1）；B 只在下方和右侧填充（TensorFlow 的 &apos;same&apos;：⌈6 / 2⌉ = 3 个输出需要额外一行一列，多出的那一份放在后面）。两个输出都是 3×3，但每个窗口读取的输入单元都不同，所以数字也不同（这里 9 个中有 8 个不同）。按 → 逐步观察：两个窗口始终相差一格。</translation>
    </message>
    <message>
        <source>Compare: zeros vs reflect padding at the edge of a flat image</source>
        <translation>对比：均匀图像边缘处的零填充与反射填充</translation>
    </message>
    <message>
        <source>Both blur a flat image of 9s with &apos;same&apos; padding, so both outputs are 6×6 and the windows sit in the same places. Only the values in the padding ring differ: zeros pull the border cells down (a false dark frame), reflect mirrors the 9s and keeps them. The difference map lights exactly the border ring.</source>
        <translation>两者都用 &apos;same&apos; 填充模糊一幅全为 9 的图像，所以两个输出都是 6×6，窗口位置也相同。只有填充圈中的值不同：零填充把边框单元拉低（一圈虚假的暗边框），反射填充镜像这些 9 并保持不变。差异图恰好点亮边框这一圈。</translation>
    </message>
    <message>
        <source>Shift test at stride 1: the output moves with the input (zeros vs reflect at the border)</source>
        <translation>步幅 1 的平移测试：输出随输入移动（边缘处零填充对比反射填充）</translation>
    </message>
    <message>
        <source>The input moves one column to the right (Alt+arrows move it further). At stride 1 both outputs move by exactly the same amount wherever the windows see only real data — parameter sharing makes convolution translation-equivariant. The border cells are decided by what the padding and the incoming zeros hold, which is why A (zeros) and B (reflect) differ there.</source>
        <translation>输入向右移动一列（按 Alt+方向键可继续移动）。步幅为 1 时，凡是窗口只看到真实数据的地方，两个输出都恰好移动相同的量——参数共享使卷积具有平移等变性。边缘单元取决于填充和移入的零中的值，所以 A（零填充）和 B（反射填充）在边缘处不同。</translation>
    </message>
    <message>
        <source>Shift test at stride 2: a shift of one is not a shift of the output (aliasing)</source>
        <translation>步幅 2 的平移测试：输入平移一格，输出并不随之平移（混叠）</translation>
    </message>
    <message>
        <source>The input moves one column to the right. A (stride 1) moves with it; B (stride 2) does not: its windows now fall between the old ones, and no moved copy of its first output matches — the panel gives the largest difference. Press Alt+→ once more: a shift of 2 moves B&apos;s output by exactly 1. Pick 2×2 max pooling after the convolution: the panel counts how many outputs keep their value with and without pooling.</source>
        <translation>输入向右移动一列。A（步幅 1）随之移动；B（步幅 2）则不然：它的窗口现在落在原来的窗口之间，把原来的输出怎样平移都对不上——面板给出最大差值。再按一次 Alt+→：平移 2 格使 B 的输出恰好移动 1 格。在卷积之后选择 2×2 最大池化：面板会统计有池化和无池化时各有多少个输出保持原值。</translation>
    </message>
</context>
<context>
    <name>RecentFiles</name>
    <message>
        <source>&amp;Clear list</source>
        <translation>清空列表(&amp;C)</translation>
    </message>
</context>
<context>
    <name>SequenceControls</name>
    <message>
        <source>Sequence</source>
        <translation>序列</translation>
    </message>
    <message>
        <source>Kernel</source>
        <translation>卷积核</translation>
    </message>
    <message>
        <source>Padding</source>
        <translation>填充</translation>
    </message>
    <message>
        <source>Stride &amp;&amp; dilation</source>
        <translation>步幅与膨胀</translation>
    </message>
    <message>
        <source>&amp;Length</source>
        <translation>长度(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Data</source>
        <translation>数据(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Kernel size</source>
        <translation>卷积核尺寸(&amp;K)</translation>
    </message>
    <message>
        <source>&amp;Weights</source>
        <translation>权重(&amp;W)</translation>
    </message>
    <message>
        <source>P&amp;adding</source>
        <translation>填充(&amp;A)</translation>
    </message>
    <message>
        <source>Left / ri&amp;ght</source>
        <translation>左 / 右(&amp;G)</translation>
    </message>
    <message>
        <source>Fill m&amp;ode</source>
        <translation>填充方式(&amp;O)</translation>
    </message>
    <message>
        <source>Fill val&amp;ue</source>
        <translation>填充值(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Stride</source>
        <translation>步幅(&amp;S)</translation>
    </message>
    <message>
        <source>Dilatio&amp;n</source>
        <translation>膨胀(&amp;N)</translation>
    </message>
    <message>
        <source>Ne&amp;xt random values</source>
        <translation>下一组随机值(&amp;X)</translation>
    </message>
    <message>
        <source>causal</source>
        <translation>因果</translation>
    </message>
    <message>
        <source>Sequence length</source>
        <translation>序列长度</translation>
    </message>
    <message>
        <source>Input values</source>
        <translation>输入值</translation>
    </message>
    <message>
        <source>New random values</source>
        <translation>新的随机值</translation>
    </message>
    <message>
        <source>Kernel length</source>
        <translation>卷积核长度</translation>
    </message>
    <message>
        <source>Kernel weights</source>
        <translation>卷积核权重</translation>
    </message>
    <message>
        <source>Padding left</source>
        <translation>左侧填充</translation>
    </message>
    <message>
        <source>Padding right</source>
        <translation>右侧填充</translation>
    </message>
    <message>
        <source>Fill mode</source>
        <translation>填充方式</translation>
    </message>
    <message>
        <source>Constant fill value</source>
        <translation>常数填充值</translation>
    </message>
    <message>
        <source>Stride</source>
        <translation>步幅</translation>
    </message>
    <message>
        <source>Dilation</source>
        <translation>膨胀</translation>
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
        <translation>输入&lt;br&gt;L = {n} → 填充后 {p}</translation>
    </message>
    <message>
        <source>Kernel&lt;br&gt;k = {k}, d = {d}</source>
        <translation>卷积核&lt;br&gt;k = {k}，d = {d}</translation>
    </message>
    <message>
        <source>Output&lt;br&gt;L&lt;sub&gt;out&lt;/sub&gt; = {n}</source>
        <translation>输出&lt;br&gt;L&lt;sub&gt;out&lt;/sub&gt; = {n}</translation>
    </message>
    <message>
        <source>explicit</source>
        <translation>显式指定</translation>
    </message>
    <message>
        <source>padding {name} → left {left}, right {right} ({mode})</source>
        <translation>填充 {name} → 左 {left}、右 {right}（{mode}）</translation>
    </message>
    <message>
        <source>Output {t} reads inputs {first} to {last} (outlined: input {at}).</source>
        <translation>输出 {t} 读取输入 {first} 到 {last}（加框的是输入 {at}）。</translation>
    </message>
    <message>
        <source>Causal: all padding on the left, so output t sees only inputs ≤ t.</source>
        <translation>因果：填充全部在左侧，因此输出 t 只看到 ≤ t 的输入。</translation>
    </message>
    <message>
        <source>Causal: all padding on the left, so output t sees only inputs ≤ {s}·t.</source>
        <translation>因果：填充全部在左侧，因此输出 t 只看到 ≤ {s}·t 的输入。</translation>
    </message>
    <message>
        <source>Step {i} / {n} · output {t}</source>
        <translation>步骤 {i} / {n} · 输出 {t}</translation>
    </message>
    <message>
        <source>Sequence (1-D)</source>
        <translation>序列（一维）</translation>
    </message>
</context>
<context>
    <name>SessionsUI</name>
    <message>
        <source>&amp;Open session…</source>
        <translation>打开会话(&amp;O)…</translation>
    </message>
    <message>
        <source>Open &amp;recent</source>
        <translation>最近打开(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Save session</source>
        <translation>保存会话(&amp;S)</translation>
    </message>
    <message>
        <source>Save session &amp;as…</source>
        <translation>会话另存为(&amp;A)…</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>撤销(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>重做(&amp;R)</translation>
    </message>
    <message>
        <source>Presets</source>
        <translation>预设</translation>
    </message>
    <message>
        <source>its &apos;mode&apos; section cannot be shown: {error}</source>
        <translation>其中的 &apos;mode&apos; 部分无法显示：{error}</translation>
    </message>
    <message>
        <source>Could not open the session</source>
        <translation>无法打开会话</translation>
    </message>
    <message>
        <source>The current settings cannot work:
{error}

Fix them (or undo with Ctrl+Z) before saving.</source>
        <translation>当前设置无法计算：
{error}

请先修正（或按 Ctrl+Z 撤销）再保存。</translation>
    </message>
    <message>
        <source>Nothing saved</source>
        <translation>未保存任何内容</translation>
    </message>
    <message>
        <source>Could not save the session</source>
        <translation>无法保存会话</translation>
    </message>
    <message>
        <source>Could not load the preset</source>
        <translation>无法加载预设</translation>
    </message>
    <message>
        <source>Open session</source>
        <translation>打开会话</translation>
    </message>
    <message>
        <source>Save session</source>
        <translation>保存会话</translation>
    </message>
    <message>
        <source>convstudio sessions (*.json);;All files (*)</source>
        <translation>convstudio 会话 (*.json);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Some display options were not restored</source>
        <translation>部分显示选项未能恢复</translation>
    </message>
    <message>
        <source>preset {name}</source>
        <translation>预设 {name}</translation>
    </message>
</context>
<context>
    <name>ShiftView</name>
    <message>
        <source>Before</source>
        <translation>移动前</translation>
    </message>
    <message>
        <source>After: moved by ({dy}, {dx})</source>
        <translation>移动后：平移 ({dy}, {dx})</translation>
    </message>
    <message>
        <source>Input</source>
        <translation>输入</translation>
    </message>
    <message>
        <source>Shift test</source>
        <translation>平移测试</translation>
    </message>
    <message>
        <source>Alt+arrows move the input, Alt+Home puts it back.</source>
        <translation>Alt+方向键移动输入，Alt+Home 复位。</translation>
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
池化后</translation>
    </message>
</context>
<context>
    <name>ShortcutOverview</name>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>键盘快捷键</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>按键</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>操作</translation>
    </message>
    <message>
        <source>Menu</source>
        <translation>菜单</translation>
    </message>
</context>
<context>
    <name>StackController</name>
    <message>
        <source>all valid</source>
        <translation>全部 valid</translation>
    </message>
    <message>
        <source>all same</source>
        <translation>全部 same</translation>
    </message>
</context>
<context>
    <name>StackEditor</name>
    <message>
        <source>Input</source>
        <translation>输入</translation>
    </message>
    <message>
        <source>Layers</source>
        <translation>层</translation>
    </message>
    <message>
        <source>Input si&amp;ze</source>
        <translation>输入尺寸(&amp;Z)</translation>
    </message>
    <message>
        <source>Cha&amp;nnels</source>
        <translation>通道数(&amp;N)</translation>
    </message>
    <message>
        <source>La&amp;yers (Insert adds, Delete removes)</source>
        <translation>层（按插入键添加，删除键移除）(&amp;Y)</translation>
    </message>
    <message>
        <source>Input height</source>
        <translation>输入高度</translation>
    </message>
    <message>
        <source>Input width</source>
        <translation>输入宽度</translation>
    </message>
    <message>
        <source>Input channels</source>
        <translation>输入通道数</translation>
    </message>
    <message>
        <source>Add &amp;conv</source>
        <translation>添加卷积层(&amp;C)</translation>
    </message>
    <message>
        <source>Add conv</source>
        <translation>添加卷积层</translation>
    </message>
    <message>
        <source>Add p&amp;ool</source>
        <translation>添加池化层(&amp;O)</translation>
    </message>
    <message>
        <source>Add pool</source>
        <translation>添加池化层</translation>
    </message>
    <message>
        <source>&amp;Delete layer</source>
        <translation>删除层(&amp;D)</translation>
    </message>
    <message>
        <source>Delete layer</source>
        <translation>删除层</translation>
    </message>
    <message>
        <source>Move &amp;up</source>
        <translation>上移(&amp;U)</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>上移</translation>
    </message>
    <message>
        <source>Move do&amp;wn</source>
        <translation>下移(&amp;W)</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>下移</translation>
    </message>
    <message>
        <source>Open in its own &amp;tab</source>
        <translation>在对应标签页中打开(&amp;T)</translation>
    </message>
    <message>
        <source>Open layer</source>
        <translation>打开层</translation>
    </message>
    <message>
        <source>Classic e&amp;xample: 20×20, 3/5/7</source>
        <translation>经典示例：20×20，3/5/7(&amp;X)</translation>
    </message>
    <message>
        <source>Classic example</source>
        <translation>经典示例</translation>
    </message>
    <message>
        <source>Side by side: &amp;all valid | all same</source>
        <translation>并排：全部 valid | 全部 same(&amp;A)</translation>
    </message>
    <message>
        <source>Valid vs same</source>
        <translation>valid 对比 same</translation>
    </message>
    <message>
        <source>20×20 input through 3×3, 5×5 and 7×7 convolutions, valid next to same</source>
        <translation>20×20 输入依次经过 3×3、5×5 和 7×7 卷积，valid 与 same 并排</translation>
    </message>
    <message>
        <source>Layer {n}</source>
        <translation>第 {n} 层</translation>
    </message>
</context>
<context>
    <name>StackPage</name>
    <message>
        <source>Layer stack</source>
        <translation>层堆叠</translation>
    </message>
    <message>
        <source>Input · step 1 of {n}</source>
        <translation>输入 · 步骤 1 / {n}</translation>
    </message>
    <message>
        <source>Layer {i} of {layers} · step {step} of {n}</source>
        <translation>第 {i} / {layers} 层 · 步骤 {step} / {n}</translation>
    </message>
    <message>
        <source>This layer cannot work yet; fix its settings first.</source>
        <translation>这一层还无法计算；请先修正它的设置。</translation>
    </message>
    <message>
        <source>Show this layer in the single-layer tab (Enter)</source>
        <translation>在“单层”标签页中显示这一层（回车键）</translation>
    </message>
    <message>
        <source>Pooling layers open in the pooling tab, which this window does not have.</source>
        <translation>池化层要在“池化”标签页中打开，而本窗口没有该标签页。</translation>
    </message>
    <message>
        <source>The pooling tab cannot show this layer: {why}</source>
        <translation>“池化”标签页无法显示这一层：{why}</translation>
    </message>
    <message>
        <source>Show this layer in the pooling tab (Enter)</source>
        <translation>在“池化”标签页中显示这一层（回车键）</translation>
    </message>
    <message>
        <source>All valid</source>
        <translation>全部 valid</translation>
    </message>
    <message>
        <source>All same</source>
        <translation>全部 same</translation>
    </message>
    <message>
        <source>input</source>
        <translation>输入</translation>
    </message>
    <message>
        <source>Connections</source>
        <translation>连接</translation>
    </message>
    <message>
        <source>Step to a conv layer to compare it with a dense layer.</source>
        <translation>步进到某个卷积层，即可把它与全连接层比较。</translation>
    </message>
    <message>
        <source>Connections · layer {n} vs a dense layer</source>
        <translation>连接 · 第 {n} 层对比全连接层</translation>
    </message>
    <message>
        <source>Pooling has no weights: each output reads its window only.</source>
        <translation>池化没有权重：每个输出只读取自己的窗口。</translation>
    </message>
    <message>
        <source>Layer {n} opened with random values of the shape that reaches it ({h}×{w}, one channel): the stack knows shapes, not values.</source>
        <translation>第 {n} 层已用随机值打开，形状与到达该层的输入相同（{h}×{w}，单通道）：堆叠只知道形状，不知道数值。</translation>
    </message>
    <message>
        <source>It has {c} channels; the tab shows one.</source>
        <translation>它有 {c} 个通道；标签页只显示一个。</translation>
    </message>
</context>
<context>
    <name>StackTable</name>
    <message>
        <source>Layer</source>
        <translation>层</translation>
    </message>
    <message>
        <source>Input →
output</source>
        <translation>输入 →
输出</translation>
    </message>
    <message>
        <source>Padding
t, b, l, r</source>
        <translation>填充
上、下、左、右</translation>
    </message>
    <message>
        <source>Receptive
field</source>
        <translation>感受野</translation>
    </message>
    <message>
        <source>Params</source>
        <translation>参数量</translation>
    </message>
    <message>
        <source>Layer summary</source>
        <translation>各层概览</translation>
    </message>
</context>
<context>
    <name>TransposedControls</name>
    <message>
        <source>&amp;Input size</source>
        <translation>输入尺寸(&amp;I)</translation>
    </message>
    <message>
        <source>&amp;Data</source>
        <translation>数据(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Kernel size</source>
        <translation>卷积核尺寸(&amp;K)</translation>
    </message>
    <message>
        <source>&amp;Weights</source>
        <translation>权重(&amp;W)</translation>
    </message>
    <message>
        <source>&amp;Stride</source>
        <translation>步幅(&amp;S)</translation>
    </message>
    <message>
        <source>P&amp;adding</source>
        <translation>填充(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Output padding</source>
        <translation>输出填充(&amp;O)</translation>
    </message>
    <message>
        <source>Di&amp;lation</source>
        <translation>膨胀(&amp;L)</translation>
    </message>
    <message>
        <source>New &amp;random values</source>
        <translation>新的随机值(&amp;R)</translation>
    </message>
    <message>
        <source>Input data</source>
        <translation>输入数据</translation>
    </message>
    <message>
        <source>Kernel weights</source>
        <translation>卷积核权重</translation>
    </message>
    <message>
        <source>New random values</source>
        <translation>新的随机值</translation>
    </message>
    <message>
        <source>output_padding: extra rows/columns at the bottom/right; less than the stride</source>
        <translation>conv_transpose2d(output_padding=…)：在下方/右侧额外增加的行/列；须小于步幅</translation>
    </message>
    <message>
        <source>Input rows</source>
        <translation>输入行数</translation>
    </message>
    <message>
        <source>Input columns</source>
        <translation>输入列数</translation>
    </message>
    <message>
        <source>Kernel rows</source>
        <translation>卷积核行数</translation>
    </message>
    <message>
        <source>Kernel columns</source>
        <translation>卷积核列数</translation>
    </message>
    <message>
        <source>Stride rows</source>
        <translation>纵向步幅</translation>
    </message>
    <message>
        <source>Stride columns</source>
        <translation>横向步幅</translation>
    </message>
    <message>
        <source>Padding rows</source>
        <translation>纵向填充</translation>
    </message>
    <message>
        <source>Padding columns</source>
        <translation>横向填充</translation>
    </message>
    <message>
        <source>Output padding rows</source>
        <translation>纵向输出填充</translation>
    </message>
    <message>
        <source>Output padding columns</source>
        <translation>横向输出填充</translation>
    </message>
    <message>
        <source>Dilation rows</source>
        <translation>纵向膨胀</translation>
    </message>
    <message>
        <source>Dilation columns</source>
        <translation>横向膨胀</translation>
    </message>
</context>
<context>
    <name>TransposedPage</name>
    <message>
        <source>This step: input · flipped kernel</source>
        <translation>本步：输入 · 翻转后的卷积核</translation>
    </message>
    <message>
        <source>Input {h}×{w}</source>
        <translation>输入 {h}×{w}</translation>
    </message>
    <message>
        <source>Flipped kernel {kh}×{kw}</source>
        <translation>翻转后的卷积核 {kh}×{kw}</translation>
    </message>
    <message>
        <source>Stride {sh}×{sw}: zeros in, padded {hp}×{wp}</source>
        <translation>步幅 {sh}×{sw}：插零并填充后 {hp}×{wp}</translation>
    </message>
    <message>
        <source>Output {ho}×{wo}</source>
        <translation>输出 {ho}×{wo}</translation>
    </message>
    <message>
        <source>input value</source>
        <translation>输入值</translation>
    </message>
    <message>
        <source>inserted zero</source>
        <translation>插入的零</translation>
    </message>
    <message>
        <source>padding zero</source>
        <translation>填充的零</translation>
    </message>
    <message>
        <source>Step {i} / {n} · output ({r}, {c})</source>
        <translation>步骤 {i} / {n} · 输出 ({r}, {c})</translation>
    </message>
    <message>
        <source>Transposed conv</source>
        <translation>转置卷积</translation>
    </message>
</context>
<context>
    <name>ValuesDialog</name>
    <message>
        <source>Values</source>
        <translation>数值</translation>
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
        <translation>尺寸(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Paste matrix</source>
        <translation>粘贴矩阵(&amp;P)</translation>
    </message>
    <message>
        <source>Rows on lines; cells split by tabs, commas or spaces; [[…]] lists work too</source>
        <translation>矩阵每行写一行；单元格之间用制表符、逗号或空格分隔；也支持 [[…]] 列表</translation>
    </message>
    <message>
        <source>&amp;Copy as text</source>
        <translation>复制为文本(&amp;C)</translation>
    </message>
    <message>
        <source>Type a number and press Enter or Tab; Ctrl+V pastes a whole matrix.</source>
        <translation>输入数字后按回车键或 Tab 键；Ctrl+V 可粘贴整个矩阵。</translation>
    </message>
    <message>
        <source>table</source>
        <translation>表格</translation>
    </message>
    <message>
        <source>pasted</source>
        <translation>粘贴的内容</translation>
    </message>
</context>
<context>
    <name>ValuesEditor</name>
    <message>
        <source>Type &amp;input values…</source>
        <translation>编辑输入值(&amp;I)…</translation>
    </message>
    <message>
        <source>Type &amp;kernel values…</source>
        <translation>编辑卷积核的值(&amp;K)…</translation>
    </message>
    <message>
        <source>Input values</source>
        <translation>输入值</translation>
    </message>
    <message>
        <source>Kernel values</source>
        <translation>卷积核的值</translation>
    </message>
</context>
<context>
    <name>compare</name>
    <message>
        <source>shift test of {side}: {error}</source>
        <translation>{side} 的平移测试：{error}</translation>
    </message>
    <message>
        <source>compare mode</source>
        <translation>对比模式</translation>
    </message>
    <message>
        <source>the input is {h}×{w}; compare mode shows inputs up to {n}×{n}</source>
        <translation>输入为 {h}×{w}；对比模式最多显示 {n}×{n} 的输入</translation>
    </message>
    <message>
        <source>compare mode, setting {side}</source>
        <translation>对比模式，设置 {side}</translation>
    </message>
    <message>
        <source>&apos;{name}&apos; must be one of {choices}, found {found}</source>
        <translation>&apos;{name}&apos; 必须是 {choices} 之一，实际为 {found}</translation>
    </message>
</context>
<context>
    <name>export</name>
    <message>
        <source>The walk has {count} steps; the animation shows {frames} evenly spaced ones (about one step in {every}) to keep the file usable.</source>
        <translation>共有 {count} 步；为使文件大小适中，动画只显示其中均匀间隔的 {frames} 步（约每 {every} 步取一步）。</translation>
    </message>
    <message>
        <source>MP4 export needs the optional video extra: pip install &quot;convstudio[video]&quot;</source>
        <translation>导出 MP4 需要可选的视频扩展：pip install &quot;convstudio[video]&quot;</translation>
    </message>
    <message>
        <source>MP4 export is not included in the standalone convstudio. Export the walk as a GIF, or install convstudio with Python for MP4: pip install &quot;convstudio[video]&quot;</source>
        <translation>独立版 convstudio 不包含 MP4 导出功能。请把全部步骤导出为 GIF，或用 Python 安装 convstudio 以导出 MP4：pip install &quot;convstudio[video]&quot;</translation>
    </message>
    <message>
        <source>could not write {name}</source>
        <translation>无法写入 {name}</translation>
    </message>
</context>
<context>
    <name>image_io</name>
    <message>
        <source>greyscale</source>
        <translation>灰度</translation>
    </message>
    <message>
        <source>luminance (ITU-R BT.601)</source>
        <translation>亮度 (ITU-R BT.601)</translation>
    </message>
    <message>
        <source>red channel only</source>
        <translation>仅红色通道</translation>
    </message>
    <message>
        <source>green channel only</source>
        <translation>仅绿色通道</translation>
    </message>
    <message>
        <source>blue channel only</source>
        <translation>仅蓝色通道</translation>
    </message>
    <message>
        <source>Face (64×64, greyscale)</source>
        <translation>人脸（64×64，灰度）</translation>
    </message>
    <message>
        <source>House and tree (96×96, colour)</source>
        <translation>房子和树（96×96，彩色）</translation>
    </message>
    <message>
        <source>a GIF image</source>
        <translation>GIF 图像</translation>
    </message>
    <message>
        <source>a BMP image</source>
        <translation>BMP 图像</translation>
    </message>
    <message>
        <source>a TIFF image</source>
        <translation>TIFF 图像</translation>
    </message>
    <message>
        <source>a PDF document</source>
        <translation>PDF 文档</translation>
    </message>
    <message>
        <source>a Photoshop (PSD) file</source>
        <translation>Photoshop (PSD) 文件</translation>
    </message>
    <message>
        <source>an icon (ICO) file</source>
        <translation>图标 (ICO) 文件</translation>
    </message>
    <message>
        <source>a ZIP archive or office document</source>
        <translation>ZIP 压缩包或办公文档</translation>
    </message>
    <message>
        <source>unknown channel choice {mode}; use one of {modes}</source>
        <translation>未知的通道选项 {mode}；请使用 {modes} 之一</translation>
    </message>
    <message>
        <source>the size to fit must be a whole number ≥ 1, got {size}</source>
        <translation>缩放尺寸必须是 ≥ 1 的整数，实际为 {size}</translation>
    </message>
    <message>
        <source>{name} is {h}×{w} pixels (height × width); scaled down to {th}×{tw} to fit {n}×{n}</source>
        <translation>{name} 为 {h}×{w} 像素（高 × 宽）；已缩小到 {th}×{tw} 以适配 {n}×{n}</translation>
    </message>
    <message>
        <source>{notes}.</source>
        <translation>{notes}。</translation>
    </message>
    <message>
        <source>16-bit values scaled to 0–255</source>
        <translation>16 位数值已缩放到 0–255</translation>
    </message>
    <message>
        <source>transparent parts shown as white</source>
        <translation>透明部分显示为白色</translation>
    </message>
    <message>
        <source>{name} is a folder, not a file; pick a PNG or JPEG file inside it</source>
        <translation>{name} 是文件夹而不是文件；请选择其中的 PNG 或 JPEG 文件</translation>
    </message>
    <message>
        <source>{name} was not found; check the folder and the file name</source>
        <translation>找不到 {name}；请检查文件夹和文件名</translation>
    </message>
    <message>
        <source>{name} could not be opened ({reason}); check that you may read it</source>
        <translation>无法打开 {name}（{reason}）；请检查是否有读取权限</translation>
    </message>
    <message>
        <source>{name} is empty (0 bytes), not an image; save the picture again</source>
        <translation>{name} 是空文件（0 字节），不是图像；请重新保存该图片</translation>
    </message>
    <message>
        <source>{name} is {size} MB, more than the {limit} MB convstudio opens; save a smaller copy (fewer pixels, or as JPEG) and open that</source>
        <translation>{name} 大小为 {size} MB，超过了 convstudio 能打开的 {limit} MB；请另存一个更小的副本（减少像素，或存为 JPEG）再打开</translation>
    </message>
    <message>
        <source>a WebP image</source>
        <translation>WebP 图像</translation>
    </message>
    <message>
        <source>a HEIC/AVIF image (as phones save photos)</source>
        <translation>HEIC/AVIF 图像（手机保存照片的格式）</translation>
    </message>
    <message>
        <source>a text file</source>
        <translation>文本文件</translation>
    </message>
    <message>
        <source>it is {what}</source>
        <translation>它是 {what}</translation>
    </message>
    <message>
        <source>its contents are not an image convstudio recognises</source>
        <translation>其内容不是 convstudio 能识别的图像</translation>
    </message>
    <message>
        <source>{name} is not a PNG or JPEG image ({kind}): save it as PNG and open that</source>
        <translation>{name} 不是 PNG 或 JPEG 图像（{kind}）：请另存为 PNG 再打开</translation>
    </message>
    <message>
        <source>{n} megapixels</source>
        <translation>{n} 百万像素</translation>
    </message>
    <message>
        <source>too many pixels</source>
        <translation>像素过多</translation>
    </message>
    <message>
        <source>{name} has {count}, more than the {limit} megapixels convstudio opens; scale it down in an image editor (e.g. to 2000 pixels wide) and open the copy</source>
        <translation>{name} 有 {count}，超过了 convstudio 能打开的 {limit} 百万像素；请在图像编辑器中缩小（例如宽 2000 像素）后打开缩小的副本</translation>
    </message>
    <message>
        <source>{name} is damaged or incomplete and cannot be read ({detail}); open it in an image viewer, save it again as PNG and open that copy</source>
        <translation>{name} 已损坏或不完整，无法读取（{detail}）；请用看图软件打开，重新另存为 PNG 后打开该副本</translation>
    </message>
</context>
</TS>

<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>ConfigError</name>
    <message>
        <source>params must be a ConvParams, got {type}</source>
        <translation>params 必须是 ConvParams，实际为 {type}</translation>
    </message>
    <message>
        <source>padding for one axis must be a number or a pair (before, after), got {n} values</source>
        <translation>单个轴的填充必须是一个数或一对 (before, after)，实际给了 {n} 个值</translation>
    </message>
    <message>
        <source>kernel {kh}×{kw} (dilated to {sh}×{sw})</source>
        <translation>卷积核 {kh}×{kw}（膨胀后为 {sh}×{sw}）</translation>
    </message>
    <message>
        <source>kernel {kh}×{kw}</source>
        <translation>卷积核 {kh}×{kw}</translation>
    </message>
    <message>
        <source>{kernel} does not fit the padded input {ph}×{pw} (input {h}×{w}): the output would be empty; add padding of at least {add} on each side, use a smaller kernel or less dilation</source>
        <translation>{kernel} 放不进填充后的输入 {ph}×{pw}（输入 {h}×{w}）：输出将为空；请在每侧至少填充 {add}，或使用更小的卷积核或更小的膨胀</translation>
    </message>
    <message>
        <source>groups={groups} must divide the {c_in} input channels; use a divisor of {c_in}</source>
        <translation>groups={groups} 必须能整除输入通道数 {c_in}；请使用 {c_in} 的约数</translation>
    </message>
    <message>
        <source>groups={groups} must divide the {c_out} output channels (filters); use a divisor of {c_out}</source>
        <translation>groups={groups} 必须能整除输出通道（滤波器）数 {c_out}；请使用 {c_out} 的约数</translation>
    </message>
    <message>
        <source>the weight expects {per_group} input channel(s) per group × {groups} group(s) = {total}, but the input has {c_in} channel(s); give the weight shape ({c_out}, {fix}, kh, kw)</source>
        <translation>权重期望每组 {per_group} 个输入通道 × {groups} 组 = {total} 个，但输入有 {c_in} 个通道；请把权重形状设为 ({c_out}, {fix}, kh, kw)</translation>
    </message>
    <message>
        <source>flip must be True or False, got {flip}</source>
        <translation>flip 必须是 True 或 False，实际为 {flip}</translation>
    </message>
    <message>
        <source>bias has {n} values but there are {c_out} output channels; give one bias per filter</source>
        <translation>偏置有 {n} 个值，但输出通道有 {c_out} 个；请为每个滤波器提供一个偏置</translation>
    </message>
    <message>
        <source>the coverage map of a {h}×{w} input</source>
        <translation>{h}×{w} 输入的覆盖图</translation>
    </message>
    <message>
        <source>use a smaller input</source>
        <translation>请使用更小的输入</translation>
    </message>
    <message>
        <source>unknown padding {padding}; use one of {names}, a number, a pair (ph, pw) or ((top, bottom), (left, right))</source>
        <translation>未知的填充 {padding}；请使用 {names} 之一、一个数、一对 (ph, pw) 或 ((top, bottom), (left, right))</translation>
    </message>
    <message>
        <source>{name} cannot be negative, got {value}; use 0 or more</source>
        <translation>{name}不能为负数，实际为 {value}；请使用 0 或更大的值</translation>
    </message>
    <message>
        <source>padding as a sequence must be (ph, pw) or ((top, bottom), (left, right)), got {n} values</source>
        <translation>以序列给出的填充必须是 (ph, pw) 或 ((top, bottom), (left, right))，实际给了 {n} 个值</translation>
    </message>
    <message>
        <source>padding top/bottom must be a pair of numbers, got {n} values</source>
        <translation>上/下填充必须是一对数，实际给了 {n} 个值</translation>
    </message>
    <message>
        <source>padding left/right must be a pair of numbers, got {n} values</source>
        <translation>左/右填充必须是一对数，实际给了 {n} 个值</translation>
    </message>
    <message>
        <source>unknown padding mode {mode}; use one of {modes}</source>
        <translation>未知的填充模式 {mode}；请使用以下之一：{modes}</translation>
    </message>
    <message>
        <source>reflect padding of {pad} needs an input height of at least {need}, but it is {n}: reflect mirrors the cells next to the edge, so each pad must be smaller than the height; use padding ≤ {fit}, replicate or zeros</source>
        <translation>反射（reflect）填充 {pad} 需要输入高度至少为 {need}，但实际只有 {n}：反射会镜像紧邻边缘的单元格，所以每侧的填充都必须小于高度；请使用 ≤ {fit} 的填充，或改用复制（replicate）或零（zeros）填充</translation>
    </message>
    <message>
        <source>reflect padding of {pad} needs an input width of at least {need}, but it is {n}: reflect mirrors the cells next to the edge, so each pad must be smaller than the width; use padding ≤ {fit}, replicate or zeros</source>
        <translation>反射（reflect）填充 {pad} 需要输入宽度至少为 {need}，但实际只有 {n}：反射会镜像紧邻边缘的单元格，所以每侧的填充都必须小于宽度；请使用 ≤ {fit} 的填充，或改用复制（replicate）或零（zeros）填充</translation>
    </message>
    <message>
        <source>{mode} padding of {pad} is larger than the input height {n}: it can repeat the input at most once; use padding ≤ {n} or replicate/zeros</source>
        <translation>{mode}填充 {pad} 大于输入高度 {n}：它最多只能把输入重复一次；请使用 ≤ {n} 的填充，或改用复制（replicate）/零（zeros）填充</translation>
    </message>
    <message>
        <source>{mode} padding of {pad} is larger than the input width {n}: it can repeat the input at most once; use padding ≤ {n} or replicate/zeros</source>
        <translation>{mode}填充 {pad} 大于输入宽度 {n}：它最多只能把输入重复一次；请使用 ≤ {n} 的填充，或改用复制（replicate）/零（zeros）填充</translation>
    </message>
    <message>
        <source>the padded input ({h}×{w} with padding {pads})</source>
        <translation>填充后的输入（{h}×{w}，填充 {pads}）</translation>
    </message>
    <message>
        <source>use less padding or a smaller input</source>
        <translation>请减少填充或使用更小的输入</translation>
    </message>
    <message>
        <source>unknown preset {name}; the presets are {names} (convstudio --list-presets describes them)</source>
        <translation>未知的预设 {name}；可用的预设有 {names}（convstudio --list-presets 会列出它们的说明）</translation>
    </message>
    <message>
        <source>{name} must be at most {maximum}, got {value}</source>
        <translation>{name}最大为 {maximum}，实际为 {value}</translation>
    </message>
    <message>
        <source>unknown input kind {kind}; use one of {kinds}</source>
        <translation>未知的输入类型 {kind}；请使用以下之一：{kinds}</translation>
    </message>
    <message>
        <source>unknown kernel kind {kind}; use one of {kinds}</source>
        <translation>未知的卷积核类型 {kind}；请使用以下之一：{kinds}</translation>
    </message>
    <message>
        <source>the {kind} kernel is {fh}×{fw} by definition, not {kh}×{kw}; set the kernel size to {fh}×{fw} or pick identity, box, gaussian or random</source>
        <translation>{kind} 卷积核按定义是 {fh}×{fw}，不能是 {kh}×{kw}；请把卷积核大小设为 {fh}×{fw}，或选择恒等（identity）、均值模糊（box）、高斯模糊（gaussian）或随机（random）</translation>
    </message>
    <message>
        <source>{name} must be at least {minimum}, got {value}; use {minimum} or more</source>
        <translation>{name}必须至少为 {minimum}，实际为 {value}；请使用 {minimum} 或更大的值</translation>
    </message>
    <message>
        <source>{name} is {value}, more than the largest supported value {max}; use a smaller number</source>
        <translation>{name}为 {value}，超过了支持的最大值 {max}；请使用更小的数</translation>
    </message>
    <message>
        <source>{name} must be a whole number, got {value} ({type}); use an integer such as {example}</source>
        <translation>{name}必须是整数，实际为 {value}（{type}）；请使用整数，例如 {example}</translation>
    </message>
    <message>
        <source>{what} would hold {count} values, more than the {max} convstudio can handle; {fix}</source>
        <translation>{what}将包含 {count} 个值，超过了 convstudio 能处理的 {max} 个；{fix}</translation>
    </message>
    <message>
        <source>{name} must be one number or a pair (height, width), got {n} values</source>
        <translation>{name}必须是一个数或一对 (高, 宽)，实际给了 {n} 个值</translation>
    </message>
    <message>
        <source>{name} must be a number, got {value}; use one such as 0.0</source>
        <translation>{name}必须是数值，实际为 {value}；请使用数值，例如 0.0</translation>
    </message>
    <message>
        <source>{name} is {value}, too large for a float64; use an ordinary value</source>
        <translation>{name}为 {value}，超出了 float64 的范围；请使用普通的数值</translation>
    </message>
    <message>
        <source>{name} must be a finite number, got {value}; use an ordinary value</source>
        <translation>{name}必须是有限数，实际为 {value}；请使用普通的数值</translation>
    </message>
    <message>
        <source>{name} is not a rectangular array of numbers ({detail}); give every row the same length</source>
        <translation>{name}不是矩形的数值数组（{detail}）；请让每一行的长度相同</translation>
    </message>
    <message>
        <source>{name} must hold real numbers, not complex ones; pass the real part (x.real)</source>
        <translation>{name}必须是实数，不能是复数；请传入实部 (x.real)</translation>
    </message>
    <message>
        <source>{name} must contain numbers only, got text; convert the values to numbers first</source>
        <translation>{name}只能包含数值，却包含了文本；请先把这些值转换为数值</translation>
    </message>
    <message>
        <source>{name} must contain numbers only, got values of type {dtype}; convert them to float or int first</source>
        <translation>{name}只能包含数值，实际的值类型为 {dtype}；请先转换为 float 或 int</translation>
    </message>
    <message>
        <source>{name} must be {shapes}, got a {ndim}-D array of shape {shape}; reshape it to one of those</source>
        <translation>{name}必须是{shapes}，实际是形状为 {shape} 的 {ndim} 维数组；请把它变形为其中之一</translation>
    </message>
    <message>
        <source>{name} is empty (shape {shape}); every dimension must be at least 1</source>
        <translation>{name}为空（形状 {shape}）；每个维度都必须至少为 1</translation>
    </message>
    <message>
        <source>{name} contains NaN or infinity (first at index {index}); replace it with an ordinary number</source>
        <translation>{name}包含 NaN 或无穷大（第一个位于索引 {index}）；请替换为普通的数值</translation>
    </message>
    <message>
        <source>{name} must contain numbers only, got {value} ({type}) at index {index}; give a rectangular array of ordinary numbers</source>
        <translation>{name}只能包含数值，但索引 {index} 处为 {value}（{type}）；请提供由普通数值组成的矩形数组</translation>
    </message>
    <message>
        <source>{name} must contain numbers only, got {value} ({type}); give a rectangular array of ordinary numbers</source>
        <translation>{name}只能包含数值，实际为 {value}（{type}）；请提供由普通数值组成的矩形数组</translation>
    </message>
    <message>
        <source>{name} must contain numbers only, got a value too large for float64; use ordinary numbers</source>
        <translation>{name}只能包含数值，其中有超出 float64 范围的值；请使用普通的数值</translation>
    </message>
    <message>
        <source>{first} or {second}</source>
        <translation>{first} 或 {second}</translation>
    </message>
    <message>
        <source>1-D (L)</source>
        <translation>一维 (L)</translation>
    </message>
    <message>
        <source>2-D (H, W)</source>
        <translation>二维 (H, W)</translation>
    </message>
    <message>
        <source>3-D (C, H, W)</source>
        <translation>三维 (C, H, W)</translation>
    </message>
    <message>
        <source>4-D (C_out, C_in/groups, kh, kw)</source>
        <translation>四维 (C_out, C_in/groups, kh, kw)</translation>
    </message>
    <message>
        <source>{rank}-D</source>
        <translation>{rank} 维</translation>
    </message>
    <message>
        <source>params must be a ConvParams, got {type}; build one with ConvParams(stride=..., padding=..., ...)</source>
        <translation>params 必须是 ConvParams，实际为 {type}；请用 ConvParams(stride=..., padding=..., ...) 创建</translation>
    </message>
</context>
<context>
    <name>SessionError</name>
    <message>
        <source>preset {name}</source>
        <translation>预设 {name}</translation>
    </message>
    <message>
        <source>the session&apos;s view options cannot be saved as JSON ({error})</source>
        <translation>会话的显示选项无法保存为 JSON（{error}）</translation>
    </message>
    <message>
        <source>{file}: the session is too large to save ({size} bytes)</source>
        <translation>{file}：会话太大，无法保存（{size} 字节）</translation>
    </message>
    <message>
        <source>{file}: could not be saved ({reason}); any earlier version is unchanged — choose another folder or free some space</source>
        <translation>{file}：无法保存（{reason}）；之前的版本没有改动——请选择其他文件夹，或释放一些空间</translation>
    </message>
    <message>
        <source>{file}: no such file ({path})</source>
        <translation>{file}：文件不存在（{path}）</translation>
    </message>
    <message>
        <source>{file}: is a folder, not a session file</source>
        <translation>{file}：这是文件夹，不是会话文件</translation>
    </message>
    <message>
        <source>{file}: cannot be read ({reason})</source>
        <translation>{file}：无法读取（{reason}）</translation>
    </message>
    <message>
        <source>{file}: is larger than {mb} MB, far more than any session needs (inputs are at most 1024×1024); is it the right file?</source>
        <translation>{file}：大于 {mb} MB，远超任何会话所需（输入最大为 1024×1024）；是不是选错了文件？</translation>
    </message>
    <message>
        <source>is not a text file (not UTF-8), so it cannot be a session</source>
        <translation>不是文本文件（不是 UTF-8），因此不可能是会话文件</translation>
    </message>
    <message>
        <source>is empty — the save may have been interrupted; open an earlier copy</source>
        <translation>是空的——保存可能被中断了；请打开较早的副本</translation>
    </message>
    <message>
        <source>is not valid JSON ({reason} at line {line}, column {column}); the file is truncated or damaged — open an earlier copy or save the session again</source>
        <translation>不是有效的 JSON（第 {line} 行第 {column} 列：{reason}）；文件被截断或已损坏——请打开较早的副本，或重新保存会话</translation>
    </message>
    <message>
        <source>is nested too deeply to be a session</source>
        <translation>嵌套层级过深，不可能是会话文件</translation>
    </message>
    <message>
        <source>is not a convstudio session (it has no &quot;schema&quot; field; sessions start with {{&quot;format&quot;: &quot;{format}&quot;, &quot;schema&quot;: {schema}, …}})</source>
        <translation>不是 convstudio 会话（没有 &quot;schema&quot; 字段；会话文件以 {{&quot;format&quot;: &quot;{format}&quot;, &quot;schema&quot;: {schema}, …}} 开头）</translation>
    </message>
    <message>
        <source>&apos;format&apos; is {found}, not {format}: this is another program&apos;s file</source>
        <translation>&apos;format&apos; 为 {found}，而不是 {format}：这是其他程序的文件</translation>
    </message>
    <message>
        <source>made by a newer convstudio (schema {schema}; this version reads up to {max}): update convstudio</source>
        <translation>由更新版本的 convstudio 创建（schema {schema}；本版本最多只能读取 {max}）：请更新 convstudio</translation>
    </message>
    <message>
        <source>the session</source>
        <translation>会话</translation>
    </message>
    <message>
        <source>these settings cannot work: {error}</source>
        <translation>这些设置无法使用：{error}</translation>
    </message>
    <message>
        <source>&apos;step&apos; is {step}, but these settings have only {n} steps (0 to {last}); set &apos;step&apos; to one of those</source>
        <translation>&apos;step&apos; 为 {step}，但这些设置只有 {n} 步（0 到 {last}）；请把 &apos;step&apos; 设为其中之一</translation>
    </message>
    <message>
        <source>&apos;padding&apos; must be {names} or [[top, bottom], [left, right]] with whole numbers from 0 to {max}, found {found}</source>
        <translation>&apos;padding&apos; 必须是 {names}，或由 0 到 {max} 的整数组成的 [[top, bottom], [left, right]]，实际为 {found}</translation>
    </message>
    <message>
        <source>unknown &apos;padding_mode&apos; {found}; use one of {modes}</source>
        <translation>未知的 &apos;padding_mode&apos; {found}；请使用以下之一：{modes}</translation>
    </message>
    <message>
        <source>{source}: {message}</source>
        <translation>{source}：{message}</translation>
    </message>
    <message>
        <source>holds {name}, which is not a number; replace it with an ordinary number</source>
        <translation>包含 {name}，它不是数值；请替换为普通的数值</translation>
    </message>
    <message>
        <source>the key {key} appears twice; keep one of them</source>
        <translation>键 {key} 出现了两次；请只保留一个</translation>
    </message>
    <message>
        <source>&apos;{name}&apos; must be a whole number ≥ {lo}, found {found}</source>
        <translation>&apos;{name}&apos; 必须是 ≥ {lo} 的整数，实际为 {found}</translation>
    </message>
    <message>
        <source>&apos;{name}&apos; must be a whole number from {lo} to {hi}, found {found}</source>
        <translation>&apos;{name}&apos; 必须是 {lo} 到 {hi} 之间的整数，实际为 {found}</translation>
    </message>
    <message>
        <source>&apos;{name}&apos; must be two whole numbers from {lo} to {hi}, found {found}</source>
        <translation>&apos;{name}&apos; 必须是两个 {lo} 到 {hi} 之间的整数，实际为 {found}</translation>
    </message>
    <message>
        <source>&apos;{name}&apos; must be a number, found {found}</source>
        <translation>&apos;{name}&apos; 必须是数值，实际为 {found}</translation>
    </message>
    <message>
        <source>&apos;{name}&apos; must be between −{limit} and {limit}, found {found}</source>
        <translation>&apos;{name}&apos; 必须在 −{limit} 到 {limit} 之间，实际为 {found}</translation>
    </message>
    <message>
        <source>&apos;{name}&apos; must be true or false, found {found}</source>
        <translation>&apos;{name}&apos; 必须是 true 或 false，实际为 {found}</translation>
    </message>
    <message>
        <source>&apos;{name}&apos; must be text of at most {max} characters, found {found}</source>
        <translation>&apos;{name}&apos; 必须是不超过 {max} 个字符的文本，实际为 {found}</translation>
    </message>
    <message>
        <source>&apos;{name}&apos; must be an object {{…}}, found {found}</source>
        <translation>&apos;{name}&apos; 必须是对象 {{…}}，实际为 {found}</translation>
    </message>
    <message>
        <source>{name} has no {key} (required: {required})</source>
        <translation>{name} 缺少 {key}（必需的键：{required}）</translation>
    </message>
    <message>
        <source>{name} has an unknown key {key}; the known ones are {known} — check the spelling</source>
        <translation>{name} 含有未知的键 {key}；已知的键为 {known}——请检查拼写</translation>
    </message>
    <message>
        <source>unknown &apos;{name}.kind&apos; {found}; use one of {choices}</source>
        <translation>未知的 &apos;{name}.kind&apos; {found}；请使用以下之一：{choices}</translation>
    </message>
    <message>
        <source>&apos;{name}.shape&apos; says {sh}×{sw} but &apos;{name}.values&apos; is {vh}×{vw}; correct &apos;shape&apos; or leave it out</source>
        <translation>&apos;{name}.shape&apos; 为 {sh}×{sw}，但 &apos;{name}.values&apos; 是 {vh}×{vw}；请更正 &apos;shape&apos;，或将其删除</translation>
    </message>
    <message>
        <source>&apos;{name}&apos; of kind {kind} needs &apos;values&apos;</source>
        <translation>类型为 {kind} 的 &apos;{name}&apos; 需要 &apos;values&apos;</translation>
    </message>
    <message>
        <source>&apos;{name}&apos; of kind {kind} needs &apos;shape&apos; or &apos;values&apos;</source>
        <translation>类型为 {kind} 的 &apos;{name}&apos; 需要 &apos;shape&apos; 或 &apos;values&apos;</translation>
    </message>
    <message>
        <source>&apos;{name}&apos;: {error}</source>
        <translation>&apos;{name}&apos;：{error}</translation>
    </message>
    <message>
        <source>&apos;{name}&apos; must be a list of rows of numbers, found {found}</source>
        <translation>&apos;{name}&apos; 必须是由数值行组成的列表，实际为 {found}</translation>
    </message>
    <message>
        <source>&apos;{name}&apos; is {h}×{w}, larger than the {limit}×{limit} convstudio supports; crop or shrink it</source>
        <translation>&apos;{name}&apos; 为 {h}×{w}，超过了 convstudio 支持的 {limit}×{limit}；请裁剪或缩小</translation>
    </message>
    <message>
        <source>&apos;{name}&apos; row {i} has {n} values but row 0 has {w}; every row must have the same length (at least 1)</source>
        <translation>&apos;{name}&apos; 第 {i} 行有 {n} 个值，但第 0 行有 {w} 个；每一行的长度必须相同（至少为 1）</translation>
    </message>
    <message>
        <source>&apos;{name}&apos; row {i} holds {found}; every value must be a number</source>
        <translation>&apos;{name}&apos; 第 {i} 行包含 {found}；每个值都必须是数值</translation>
    </message>
    <message>
        <source>&apos;{name}&apos; holds a number too large for a float; use ordinary numbers</source>
        <translation>&apos;{name}&apos; 包含超出浮点数范围的数；请使用普通的数值</translation>
    </message>
</context>
<context>
    <name>explain</name>
    <message>
        <source> — the kernel does not fit, so there is no output</source>
        <translation> ——卷积核放不下，因此没有输出</translation>
    </message>
    <message>
        <source>explicit</source>
        <translation>显式</translation>
    </message>
    <message>
        <source>padding {name} → top {top}, bottom {bottom}, left {left}, right {right} ({mode})</source>
        <translation>填充 {name} → 上 {top}、下 {bottom}、左 {left}、右 {right}（{mode}）</translation>
    </message>
    <message>
        <source>constant {value}</source>
        <translation>常数 {value}</translation>
    </message>
    <message>
        <source>… ({n} more terms) …</source>
        <translation>…（还有 {n} 项）…</translation>
    </message>
    <message>
        <source>{bias} (bias)</source>
        <translation>{bias}（偏置）</translation>
    </message>
    <message>
        <source>Step {step} / {n} · row {row}, col {col}</source>
        <translation>步骤 {step} / {n} · 行 {row}，列 {col}</translation>
    </message>
    <message>
        <source>in no window: it never reaches the output</source>
        <translation>不在任何窗口中：它永远不会影响输出</translation>
    </message>
    <message>
        <source>covered by {n} window · feeds {n} output</source>
        <translation>被 {n} 个窗口覆盖 · 参与 {n} 个输出</translation>
    </message>
    <message>
        <source>covered by {n} windows · feeds {n} outputs</source>
        <translation>被 {n} 个窗口覆盖 · 参与 {n} 个输出</translation>
    </message>
    <message>
        <source>input ({row}, {col}) = {value} · {reach}</source>
        <translation>输入 ({row}, {col}) = {value} · {reach}</translation>
    </message>
    <message>
        <source>{mode} of ({row}, {col})</source>
        <translation>{mode}自 ({row}, {col})</translation>
    </message>
    <message>
        <source>padding ({source}) = {value} · {reach}</source>
        <translation>填充（{source}）= {value} · {reach}</translation>
    </message>
    <message>
        <source>{first} to {last}</source>
        <translation>{first} 到 {last}</translation>
    </message>
    <message>
        <source>{span} (every {n}st)</source>
        <translation>{span}（间隔 {n}）</translation>
    </message>
    <message>
        <source>{span} (every {n}nd)</source>
        <translation>{span}（间隔 {n}）</translation>
    </message>
    <message>
        <source>{span} (every {n}rd)</source>
        <translation>{span}（间隔 {n}）</translation>
    </message>
    <message>
        <source>{span} (every {n}th)</source>
        <translation>{span}（间隔 {n}）</translation>
    </message>
    <message>
        <source>output ({row}, {col}) = {value} · step {step} · reads rows {rows}, cols {cols}</source>
        <translation>输出 ({row}, {col}) = {value} · 步骤 {step} · 读取行 {rows}、列 {cols}</translation>
    </message>
    <message>
        <source> · {n} of {total} taps on padding</source>
        <translation> · 卷积核的 {total} 个位置中有 {n} 个落在填充上</translation>
    </message>
    <message>
        <source>kernel ({row}, {col}) = {value} · multiplies {n} input cell</source>
        <translation>卷积核 ({row}, {col}) = {value} · 与 {n} 个输入单元格相乘</translation>
    </message>
    <message>
        <source>kernel ({row}, {col}) = {value} · multiplies {n} input cells</source>
        <translation>卷积核 ({row}, {col}) = {value} · 与 {n} 个输入单元格相乘</translation>
    </message>
    <message>
        <source> ({n} of them padding)</source>
        <translation>（其中 {n} 个是填充）</translation>
    </message>
    <message>
        <source> · flipped 180°: used at window position ({row}, {col})</source>
        <translation> · 已旋转 180°：用在窗口位置 ({row}, {col})</translation>
    </message>
</context>
<context>
    <name>padding</name>
    <message>
        <source>zeros</source>
        <translation>零</translation>
    </message>
    <message>
        <source>constant</source>
        <translation>常数</translation>
    </message>
    <message>
        <source>reflect</source>
        <translation>反射</translation>
    </message>
    <message>
        <source>symmetric</source>
        <translation>对称</translation>
    </message>
    <message>
        <source>replicate</source>
        <translation>复制</translation>
    </message>
    <message>
        <source>circular</source>
        <translation>循环</translation>
    </message>
</context>
<context>
    <name>param</name>
    <message>
        <source>input</source>
        <translation>输入</translation>
    </message>
    <message>
        <source>input size</source>
        <translation>输入大小</translation>
    </message>
    <message>
        <source>input height</source>
        <translation>输入高度</translation>
    </message>
    <message>
        <source>input width</source>
        <translation>输入宽度</translation>
    </message>
    <message>
        <source>kernel</source>
        <translation>卷积核</translation>
    </message>
    <message>
        <source>kernel size</source>
        <translation>卷积核大小</translation>
    </message>
    <message>
        <source>kernel height</source>
        <translation>卷积核高度</translation>
    </message>
    <message>
        <source>kernel width</source>
        <translation>卷积核宽度</translation>
    </message>
    <message>
        <source>weight</source>
        <translation>权重</translation>
    </message>
    <message>
        <source>bias</source>
        <translation>偏置</translation>
    </message>
    <message>
        <source>groups</source>
        <translation>分组数（groups）</translation>
    </message>
    <message>
        <source>stride</source>
        <translation>步幅</translation>
    </message>
    <message>
        <source>dilation</source>
        <translation>膨胀</translation>
    </message>
    <message>
        <source>padding</source>
        <translation>填充</translation>
    </message>
    <message>
        <source>padding (before)</source>
        <translation>填充（前）</translation>
    </message>
    <message>
        <source>padding (after)</source>
        <translation>填充（后）</translation>
    </message>
    <message>
        <source>padding top</source>
        <translation>上填充</translation>
    </message>
    <message>
        <source>padding bottom</source>
        <translation>下填充</translation>
    </message>
    <message>
        <source>padding left</source>
        <translation>左填充</translation>
    </message>
    <message>
        <source>padding right</source>
        <translation>右填充</translation>
    </message>
    <message>
        <source>padding value</source>
        <translation>填充值</translation>
    </message>
    <message>
        <source>{name} (height)</source>
        <translation>{name}（高）</translation>
    </message>
    <message>
        <source>{name} (width)</source>
        <translation>{name}（宽）</translation>
    </message>
</context>
<context>
    <name>samples</name>
    <message>
        <source>Random 0–9</source>
        <translation>随机 0–9</translation>
    </message>
    <message>
        <source>Ramp</source>
        <translation>渐变</translation>
    </message>
    <message>
        <source>Checkerboard</source>
        <translation>棋盘格</translation>
    </message>
    <message>
        <source>Handwritten 7</source>
        <translation>手写 7</translation>
    </message>
    <message>
        <source>Identity</source>
        <translation>恒等</translation>
    </message>
    <message>
        <source>Box blur</source>
        <translation>均值模糊</translation>
    </message>
    <message>
        <source>Gaussian blur</source>
        <translation>高斯模糊</translation>
    </message>
    <message>
        <source>Sharpen</source>
        <translation>锐化</translation>
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
        <translation>拉普拉斯</translation>
    </message>
    <message>
        <source>Random −2…2</source>
        <translation>随机 −2…2</translation>
    </message>
</context>
</TS>

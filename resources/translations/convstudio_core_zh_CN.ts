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
    <message>
        <source>setting {side}: {error}</source>
        <translation>设置 {side}：{error}</translation>
    </message>
    <message>
        <source>unknown padding {padding} for a sequence; use one of {names}, a number or a pair (left, right)</source>
        <translation>未知的序列填充 {padding}；请使用 {names} 之一、一个数或一对 (left, right)</translation>
    </message>
    <message>
        <source>padding of a sequence must be one number or a pair (left, right), got {n} values</source>
        <translation>序列的填充必须是一个数或一对 (left, right)，实际给了 {n} 个值</translation>
    </message>
    <message>
        <source>padding &quot;same&quot; needs stride 1 (PyTorch refuses it for strided convolutions), but the stride is {s}; use stride 1, or explicit padding ({left}, {right}), which is TensorFlow&apos;s &quot;same&quot; at stride {s}</source>
        <translation>填充 &quot;same&quot; 要求步幅为 1（PyTorch 不接受步幅大于 1 的卷积使用它），但步幅为 {s}；请使用步幅 1，或显式填充 ({left}, {right})，即 TensorFlow 在步幅 {s} 时的 &quot;same&quot;</translation>
    </message>
    <message>
        <source>reflect padding of {pad} needs a sequence of length at least {need}, but it is {n}: reflect mirrors the cells next to the end, so each pad must be shorter than the sequence; use padding ≤ {fit}, replicate or zeros</source>
        <translation>反射（reflect）填充 {pad} 需要序列长度至少为 {need}，但实际只有 {n}：反射会镜像紧邻端点的单元格，所以每端的填充都必须短于序列；请使用 ≤ {fit} 的填充，或改用复制（replicate）或零（zeros）填充</translation>
    </message>
    <message>
        <source>{mode} padding of {pad} is longer than the sequence ({n}): it can repeat the sequence at most once; use padding ≤ {n} or replicate/zeros</source>
        <translation>{mode}填充 {pad} 长于序列（{n}）：它最多只能把序列重复一次；请使用 ≤ {n} 的填充，或改用复制（replicate）/零（zeros）填充</translation>
    </message>
    <message>
        <source>a kernel of length {k} (dilated to {span})</source>
        <translation>长度为 {k} 的卷积核（膨胀后为 {span}）</translation>
    </message>
    <message>
        <source>a kernel of length {k}</source>
        <translation>长度为 {k} 的卷积核</translation>
    </message>
    <message>
        <source>{kernel} does not fit the padded sequence of length {padded} (input length {n}): the output would be empty; add at least {add} cells of padding in total, use a smaller kernel or less dilation</source>
        <translation>{kernel}放不进填充后长度为 {padded} 的序列（输入长度 {n}）：输出将为空；请总共至少填充 {add} 个单元格，或使用更小的卷积核或更小的膨胀</translation>
    </message>
    <message>
        <source>{name} must have shape {shapes}, got a {ndim}-D array of shape {shape}; reshape it to one of those</source>
        <translation>{name}的形状必须是{shapes}，实际是形状为 {shape} 的 {ndim} 维数组；请把它变形为其中之一</translation>
    </message>
    <message>
        <source>the weight expects {per_group} input channel(s) per group × {groups} group(s) = {total}, but the input has {c_in} channel(s); give the weight shape ({c_out}, {fix}, k)</source>
        <translation>权重期望每组 {per_group} 个输入通道 × {groups} 组 = {total} 个，但输入有 {c_in} 个通道；请把权重形状设为 ({c_out}, {fix}, k)</translation>
    </message>
    <message>
        <source>the {what} text holds no numbers; paste rows of numbers, one row per line</source>
        <translation>{what}中没有数字；请按行粘贴数字，每行对应矩阵的一行</translation>
    </message>
    <message>
        <source>the {what} rows differ in length: row 1 has {first} numbers, row {row} has {count}; every row needs the same number of cells</source>
        <translation>{what}各行长度不同：第 1 行有 {first} 个数，第 {row} 行有 {count} 个；每一行的单元格数必须相同</translation>
    </message>
    <message>
        <source>the {what} text is {h}×{w}, larger than {max}×{max}; paste a smaller matrix</source>
        <translation>{what}为 {h}×{w}，大于 {max}×{max}；请粘贴更小的矩阵</translation>
    </message>
    <message>
        <source>{what} row {row}, column {col}: {cell!r} is not a finite number; type a number such as 3, -1.5 or 2e-3</source>
        <translation>{what}第 {row} 行第 {col} 列：{cell!r} 不是有限数；请输入数值，例如 3、-1.5 或 2e-3</translation>
    </message>
    <message>
        <source>the {what} state must be a mapping, got {value}</source>
        <translation>{what} 的状态必须是映射（键值对），实际为 {value}</translation>
    </message>
    <message>
        <source>unknown key(s) {keys} in the {what} state; the keys are: {known}</source>
        <translation>{what} 的状态中有未知的键 {keys}；可用的键为：{known}</translation>
    </message>
    <message>
        <source>&apos;{key}&apos; must be a whole number from {lo} to {hi}, got {value}</source>
        <translation>&apos;{key}&apos; 必须是 {lo} 到 {hi} 之间的整数，实际为 {value}</translation>
    </message>
    <message>
        <source>&apos;{key}&apos; must be a pair [rows, columns] of whole numbers from {lo} to {hi}, got {value}</source>
        <translation>&apos;{key}&apos; 必须是一对 [行数, 列数]，均为 {lo} 到 {hi} 之间的整数，实际为 {value}</translation>
    </message>
    <message>
        <source>&apos;{key}&apos; must be true or false, got {value}</source>
        <translation>&apos;{key}&apos; 必须是 true 或 false，实际为 {value}</translation>
    </message>
    <message>
        <source>&apos;{key}&apos; must be one of {options}, got {value}</source>
        <translation>&apos;{key}&apos; 必须是 {options} 之一，实际为 {value}</translation>
    </message>
    <message>
        <source>&apos;input_values&apos; must be a list of rows of numbers, {lo} to {hi} each way, for the custom input; got {value}</source>
        <translation>自定义输入的 &apos;input_values&apos; 必须是由数值行组成的列表，行数和列数均为 {lo} 到 {hi}；实际为 {value}</translation>
    </message>
    <message>
        <source>&apos;input_values&apos; must hold ordinary (finite) numbers</source>
        <translation>&apos;input_values&apos; 只能包含普通的（有限的）数值</translation>
    </message>
    <message>
        <source>&apos;{key}&apos; is {size} but &apos;input_values&apos; is {h}×{w}; make them agree</source>
        <translation>&apos;{key}&apos; 为 {size}，但 &apos;input_values&apos; 是 {h}×{w}；请使两者一致</translation>
    </message>
    <message>
        <source>pooling</source>
        <translation>池化</translation>
    </message>
    <message>
        <source>&apos;input_values&apos; is only for the input kind &apos;custom&apos;</source>
        <translation>&apos;input_values&apos; 仅用于输入类型 &apos;custom&apos;</translation>
    </message>
    <message>
        <source>pooling kind must be &quot;max&quot; or &quot;avg&quot;, got {kind}</source>
        <translation>池化类型必须是 &quot;max&quot; 或 &quot;avg&quot;，实际为 {kind}</translation>
    </message>
    <message>
        <source>average pooling has no dilation (PyTorch&apos;s avg_pool2d takes none), got {d}; use dilation 1</source>
        <translation>平均池化没有膨胀（PyTorch 的 avg_pool2d 不接受该参数），实际为 {d}；请使用膨胀 1</translation>
    </message>
    <message>
        <source>{name} is {p}, more than half the pooling kernel {k} (at most {half}): a window at the edge would hold mostly padding; use padding {half} or less, or a larger kernel</source>
        <translation>{name}为 {p}，超过了池化核 {k} 的一半（最多为 {half}）：边缘处的窗口将大部分是填充；请使用不超过 {half} 的填充，或更大的池化核</translation>
    </message>
    <message>
        <source>the pooling window spans {span} cells (kernel {k}, dilation {d}) but the padded input has only {padded} (input {n} + padding 2·{p}): the output would be empty; use a smaller kernel or dilation, or a larger input</source>
        <translation>池化窗口跨越 {span} 个单元格（池化核 {k}，膨胀 {d}），但填充后的输入只有 {padded} 个（输入 {n} + 填充 2·{p}）：输出将为空；请使用更小的池化核或膨胀，或更大的输入</translation>
    </message>
    <message>
        <source>ceil_mode must be True or False, got {value}</source>
        <translation>ceil_mode 必须是 True 或 False，实际为 {value}</translation>
    </message>
    <message>
        <source>the padded input</source>
        <translation>填充后的输入</translation>
    </message>
    <message>
        <source>use a smaller input or less padding</source>
        <translation>请使用更小的输入或减少填充</translation>
    </message>
    <message>
        <source>count_include_pad must be True or False, got {value}</source>
        <translation>count_include_pad 必须是 True 或 False，实际为 {value}</translation>
    </message>
    <message>
        <source>{what} must be a whole number, got {value!r}; use an integer</source>
        <translation>{what} 必须是整数，实际为 {value!r}；请使用整数</translation>
    </message>
    <message>
        <source>a shift of {name} = {d} moves the whole {h}×{w} input out of view; use a shift from −{m} to {m}</source>
        <translation>平移 {name} = {d} 会把整个 {h}×{w} 输入移出视野；请使用 −{m} 到 {m} 之间的平移量</translation>
    </message>
    <message>
        <source>max pooling size must be from 2 to {max}, got {p}; use 2 or 3, or no pooling</source>
        <translation>最大池化的大小必须在 2 到 {max} 之间，实际为 {p}；请使用 2 或 3，或者不做池化</translation>
    </message>
    <message>
        <source>{p}×{p} max pooling needs a convolution output of at least {p}×{p}, but it is {h}×{w}; use a smaller pool or a larger input</source>
        <translation>{p}×{p} 最大池化要求卷积输出至少为 {p}×{p}，但实际为 {h}×{w}；请使用更小的池化窗口或更大的输入</translation>
    </message>
    <message>
        <source>the stack&apos;s input shape must be (height, width) or (channels, height, width), got {shape}</source>
        <translation>层堆叠的输入形状必须是 (高, 宽) 或 (通道, 高, 宽)，实际为 {shape}</translation>
    </message>
    <message>
        <source>input channels</source>
        <translation>输入通道数</translation>
    </message>
    <message>
        <source>layer {n} ({what}): {error}</source>
        <translation>第 {n} 层（{what}）：{error}</translation>
    </message>
    <message>
        <source>layer {n}: {error}</source>
        <translation>第 {n} 层：{error}</translation>
    </message>
    <message>
        <source>{what} must be a whole number of channels from 1 to {max}, got {value}</source>
        <translation>{what} 必须是 1 到 {max} 之间的整数通道数，实际为 {value}</translation>
    </message>
    <message>
        <source>{what} must be True or False, got {value}</source>
        <translation>{what} 必须是 True 或 False，实际为 {value}</translation>
    </message>
    <message>
        <source>unknown pooling {op}; use one of {ops}</source>
        <translation>未知的池化类型 {op}；请使用以下之一：{ops}</translation>
    </message>
    <message>
        <source>a stack holds ConvLayer and PoolLayer values, got {type}; build one with ConvLayer(kernel=3) or PoolLayer(&apos;max&apos;, 2)</source>
        <translation>层堆叠只能包含 ConvLayer 和 PoolLayer，实际为 {type}；请用 ConvLayer(kernel=3) 或 PoolLayer(&apos;max&apos;, 2) 创建</translation>
    </message>
    <message>
        <source>{name} is {a}, but it must be smaller than the stride ({s}) or the dilation ({d}); use at most {most}</source>
        <translation>{name}为 {a}，但它必须小于步幅（{s}）与膨胀（{d}）中的较大者；请使用不超过 {most} 的值</translation>
    </message>
    <message>
        <source>the output height would be ({n} − 1)·{s} − 2·{p} + {d}·({k} − 1) + {a} + 1 = {size}, less than 1: padding {p} cuts away everything; use padding {most} or less, a larger kernel or a larger stride</source>
        <translation>输出高度将为 ({n} − 1)·{s} − 2·{p} + {d}·({k} − 1) + {a} + 1 = {size}，小于 1：填充 {p} 把所有内容都裁掉了；请使用不超过 {most} 的填充、更大的卷积核或更大的步幅</translation>
    </message>
    <message>
        <source>the output width would be ({n} − 1)·{s} − 2·{p} + {d}·({k} − 1) + {a} + 1 = {size}, less than 1: padding {p} cuts away everything; use padding {most} or less, a larger kernel or a larger stride</source>
        <translation>输出宽度将为 ({n} − 1)·{s} − 2·{p} + {d}·({k} − 1) + {a} + 1 = {size}，小于 1：填充 {p} 把所有内容都裁掉了；请使用不超过 {most} 的填充、更大的卷积核或更大的步幅</translation>
    </message>
    <message>
        <source>the zero-inserted input</source>
        <translation>插零后的输入</translation>
    </message>
    <message>
        <source>use a smaller input or stride</source>
        <translation>请使用更小的输入或步幅</translation>
    </message>
    <message>
        <source>the weight {shape} is for {w_in} input channel(s), but the input has {c_in}; a transposed weight is (C_in, C_out/groups, kh, kw): give it {c_in} first</source>
        <translation>权重 {shape} 对应 {w_in} 个输入通道，但输入有 {c_in} 个；转置卷积的权重形状为 (C_in, C_out/groups, kh, kw)：请把第一维设为 {c_in}</translation>
    </message>
    <message>
        <source>transposed convolution</source>
        <translation>转置卷积</translation>
    </message>
    <message>
        <source>the {kind} kernel is {fh}×{fw} by definition; set &apos;kernel_size&apos; to [{fh}, {fw}]</source>
        <translation>{kind} 卷积核按定义是 {fh}×{fw}；请把 &apos;kernel_size&apos; 设为 [{fh}, {fw}]</translation>
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
    <name>compare</name>
    <message>
        <source>{side} is {h}×{w} because {formula} (rows and columns alike)</source>
        <translation>{side} 为 {h}×{w}，因为 {formula}（行和列相同）</translation>
    </message>
    <message>
        <source>{side} is {h}×{w} because rows: {rows}; columns: {cols}</source>
        <translation>{side} 为 {h}×{w}，因为行：{rows}；列：{cols}</translation>
    </message>
    <message>
        <source>A is {ha}×{wa} and B is {hb}×{wb}: the shapes differ, so only the top-left {h}×{w} is compared, where {d} of {n} cells differ.</source>
        <translation>A 为 {ha}×{wa}，B 为 {hb}×{wb}：形状不同，因此只比较左上角的 {h}×{w} 区域，其中 {n} 个单元格中有 {d} 个不同。</translation>
    </message>
    <message>
        <source>Both are {h}×{w}, but the windows differ: at {k} of {n} positions A and B read other input cells, and {d} of {n} output cells differ.</source>
        <translation>两者都是 {h}×{w}，但窗口不同：{n} 个位置中有 {k} 个位置 A 和 B 读取的输入单元格不同，{n} 个输出单元格中有 {d} 个不同。</translation>
    </message>
    <message>
        <source>A and B give the same {h}×{w} output: no cell differs.</source>
        <translation>A 和 B 得到相同的 {h}×{w} 输出：没有任何单元格不同。</translation>
    </message>
    <message>
        <source>Same {h}×{w} shape and the same windows; {d} of {n} cells differ because the kernels differ.</source>
        <translation>形状同为 {h}×{w}，窗口也相同；{n} 个单元格中有 {d} 个不同，因为卷积核不同。</translation>
    </message>
    <message>
        <source>Same {h}×{w} shape and the same windows; {d} of {n} cells differ because one side flips the kernel (true convolution).</source>
        <translation>形状同为 {h}×{w}，窗口也相同；{n} 个单元格中有 {d} 个不同，因为其中一方翻转了卷积核（真正的卷积）。</translation>
    </message>
    <message>
        <source>Same {h}×{w} shape and the same windows; {d} of {n} cells differ because the padding holds other values ({a} against {b}).</source>
        <translation>形状同为 {h}×{w}，窗口也相同；{n} 个单元格中有 {d} 个不同，因为填充的值不同（{a} 对 {b}）。</translation>
    </message>
    <message>
        <source>Both windows read the same input cells.</source>
        <translation>两个窗口读取相同的输入单元格。</translation>
    </message>
    <message>
        <source>The windows read different input cells.</source>
        <translation>两个窗口读取的输入单元格不同。</translation>
    </message>
    <message>
        <source>constant {value}</source>
        <translation>常数 {value}</translation>
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
    <message>
        <source> {minus} 1 = {result} (the last window would start in the padding)</source>
        <translation> {minus} 1 = {result}（最后一个窗口会从填充中开始，故不计入）</translation>
    </message>
    <message>
        <source>sum {total} ÷ {n} cells = {result}</source>
        <translation>总和 {total} ÷ {n} 个单元格 = {result}</translation>
    </message>
    <message>
        <source>the window holds only padding, so the result is −∞</source>
        <translation>窗口内只有填充，因此结果为 −∞</translation>
    </message>
    <message>
        <source>the largest value is input ({row}, {col}) = {value}</source>
        <translation>最大值为输入 ({row}, {col}) = {value}</translation>
    </message>
    <message>
        <source>in {n} window</source>
        <translation>位于 {n} 个窗口中</translation>
    </message>
    <message>
        <source>in {n} windows</source>
        <translation>位于 {n} 个窗口中</translation>
    </message>
    <message>
        <source>past the padding: never read · {reach}</source>
        <translation>超出填充范围：从不被读取 · {reach}</translation>
    </message>
    <message>
        <source>padding = {value} · {reach}</source>
        <translation>填充 = {value} · {reach}</translation>
    </message>
    <message>
        <source>output ({row}, {col}) = {value} · step {step} · {why}</source>
        <translation>输出 ({row}, {col}) = {value} · 步骤 {step} · {why}</translation>
    </message>
    <message>
        <source>{h}×{w} → 3×3 convolution, padding 1 → {oh}×{ow}: size kept</source>
        <translation>{h}×{w} → 3×3 卷积，填充 1 → {oh}×{ow}：尺寸不变</translation>
    </message>
    <message>
        <source>{h}×{w} → 2×2 pooling, stride 2: does not fit</source>
        <translation>{h}×{w} → 2×2 池化，步幅 2：放不下</translation>
    </message>
    <message>
        <source>{h}×{w} → 2×2 pooling, stride 2 → {oh}×{ow}: halved, rounded down</source>
        <translation>{h}×{w} → 2×2 池化，步幅 2 → {oh}×{ow}：减半，向下取整</translation>
    </message>
    <message>
        <source>{h}×{w} → these settings → {oh}×{ow}</source>
        <translation>{h}×{w} → 当前设置 → {oh}×{ow}</translation>
    </message>
    <message>
        <source>{axis}: {insert} with zeros between · border {border}</source>
        <translation>{axis}：插零后 {insert} · 两端各补零 {border}</translation>
    </message>
    <message>
        <source>, + {a} output padding at the end</source>
        <translation>，末端另加 {a} 个输出填充</translation>
    </message>
    <message>
        <source> · cut {before} at the start, {after} at the end</source>
        <translation> · 开头裁掉 {before} 个，末尾裁掉 {after} 个</translation>
    </message>
    <message>
        <source> · {n} tap on a zero</source>
        <translation> · 卷积核有 {n} 个位置落在零上</translation>
    </message>
    <message>
        <source> · {n} taps on zeros</source>
        <translation> · 卷积核有 {n} 个位置落在零上</translation>
    </message>
    <message>
        <source>inserted zero (stride) · {reach}</source>
        <translation>插入的零（步幅）· {reach}</translation>
    </message>
    <message>
        <source>padding zero · {reach}</source>
        <translation>填充的零 · {reach}</translation>
    </message>
    <message>
        <source>input ({row}, {col}) = {value} · cut off by the padding</source>
        <translation>输入 ({row}, {col}) = {value} · 被填充裁掉</translation>
    </message>
    <message>
        <source>input ({row}, {col}) = {value} · feeds {n} outputs</source>
        <translation>输入 ({row}, {col}) = {value} · 参与 {n} 个输出</translation>
    </message>
    <message>
        <source>output ({row}, {col}) = {value} · step {step} · reads {n} real input(s)</source>
        <translation>输出 ({row}, {col}) = {value} · 步骤 {step} · 读取 {n} 个真实输入</translation>
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
        <source>output padding</source>
        <translation>输出填充</translation>
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
<context>
    <name>shift</name>
    <message>
        <source>The input did not move, so neither did the output.</source>
        <translation>输入没有移动，所以输出也没有移动。</translation>
    </message>
    <message>
        <source>No output window stays clear of the border and of the zeros that came in, so there is nothing to compare: use a larger input or a smaller shift.</source>
        <translation>没有任何输出窗口能避开边界和移入的零，因此无从比较：请使用更大的输入或更小的平移。</translation>
    </message>
    <message>
        <source>1 row of zeros came in at the top</source>
        <translation>顶部移入 1 行零</translation>
    </message>
    <message>
        <source>1 row of zeros came in at the bottom</source>
        <translation>底部移入 1 行零</translation>
    </message>
    <message>
        <source>{n} rows of zeros came in at the top</source>
        <translation>顶部移入 {n} 行零</translation>
    </message>
    <message>
        <source>{n} rows of zeros came in at the bottom</source>
        <translation>底部移入 {n} 行零</translation>
    </message>
    <message>
        <source>1 column of zeros came in at the left</source>
        <translation>左侧移入 1 列零</translation>
    </message>
    <message>
        <source>1 column of zeros came in at the right</source>
        <translation>右侧移入 1 列零</translation>
    </message>
    <message>
        <source>{n} columns of zeros came in at the left</source>
        <translation>左侧移入 {n} 列零</translation>
    </message>
    <message>
        <source>{n} columns of zeros came in at the right</source>
        <translation>右侧移入 {n} 列零</translation>
    </message>
    <message>
        <source>not shifted</source>
        <translation>未平移</translation>
    </message>
    <message>
        <source>shifted by {shift}: {edges}</source>
        <translation>平移 {shift}：{edges}</translation>
    </message>
    <message>
        <source>The output moved by {offset} although the stride does not divide the shift {shift}: this input is so regular that the windows in between see the same values ({n} interior cells match).</source>
        <translation>尽管步幅不能整除平移量 {shift}，输出仍移动了 {offset}：这个输入非常规则，落在中间的窗口看到的值相同（{n} 个内部单元格一致）。</translation>
    </message>
    <message>
        <source>The input moved by {shift} and the output moved by exactly {offset}: all {n} cells match.</source>
        <translation>输入移动了 {shift}，输出恰好移动了 {offset}：全部 {n} 个单元格都一致。</translation>
    </message>
    <message>
        <source>The input moved by {shift} and the output moved by exactly {offset}: all {n} interior cells match; the {border} border cells are decided by the padding and the zeros that came in ({changed} of them do not match).</source>
        <translation>输入移动了 {shift}，输出恰好移动了 {offset}：全部 {n} 个内部单元格都一致；{border} 个边缘单元格取决于填充和移入的零（其中 {changed} 个不一致）。</translation>
    </message>
    <message>
        <source>Stride {stride}: moving the input by {shift} does not move the output — even the closest moved copy (by {offset}) differs by up to {diff} in the interior, because the windows now fall between the old ones (aliasing).</source>
        <translation>步幅 {stride}：把输入移动 {shift} 并不会让输出随之移动——即使是最接近的平移副本（移动 {offset}），在内部也最多相差 {diff}，因为窗口现在落在原来的窗口之间（混叠）。</translation>
    </message>
    <message>
        <source>After {p}×{p} max pooling, {kept} of {n} outputs ({pct}) kept their value when the input moved by {shift}; without pooling, {conv_kept} of {conv_n} ({conv_pct}) did.</source>
        <translation>经过 {p}×{p} 最大池化后，输入移动 {shift} 时，{n} 个输出中有 {kept} 个（{pct}）保持原值；不做池化时，{conv_n} 个中有 {conv_kept} 个（{conv_pct}）保持原值。</translation>
    </message>
</context>
<context>
    <name>stack</name>
    <message>
        <source> {minus} 1 = {out} (the last window would start in the padding)</source>
        <translation> {minus} 1 = {out}（最后一个窗口会从填充中开始，故不计入）</translation>
    </message>
    <message>
        <source>A dense layer would need {dense} weights; this convolution shares {conv} of them.</source>
        <translation>全连接层需要 {dense} 个权重；这个卷积只用 {conv} 个共享权重。</translation>
    </message>
    <message>
        <source>Connections: {conv} vs {dense} ({ratio}× fewer): each output reads only its window.</source>
        <translation>连接数：{conv} 对 {dense}（减少为 1/{ratio}）：每个输出只读取自己的窗口。</translation>
    </message>
    <message>
        <source>Parameters with bias: {conv} vs {dense} ({ratio}× fewer).</source>
        <translation>含偏置的参数量：{conv} 对 {dense}（减少为 1/{ratio}）。</translation>
    </message>
    <message>
        <source>layer stack</source>
        <translation>层堆叠</translation>
    </message>
    <message>
        <source>&apos;input&apos; must be [channels, height, width], found {found}</source>
        <translation>&apos;input&apos; 必须是 [通道数, 高, 宽]，实际为 {found}</translation>
    </message>
    <message>
        <source>&apos;layers&apos; must be a list of at most {max} layers, found {found}</source>
        <translation>&apos;layers&apos; 必须是最多包含 {max} 层的列表，实际为 {found}</translation>
    </message>
    <message>
        <source>&apos;{name}.type&apos; must be conv, max or avg, found {found}</source>
        <translation>&apos;{name}.type&apos; 必须是 conv、max 或 avg，实际为 {found}</translation>
    </message>
    <message>
        <source>&apos;{name}&apos; must be one of {names} or [[top, bottom], [left, right]] with numbers from 0 to {max}, found {found}</source>
        <translation>&apos;{name}&apos; 必须是 {names} 之一，或由 0 到 {max} 的数组成的 [[top, bottom], [left, right]]，实际为 {found}</translation>
    </message>
    <message>
        <source>unknown &apos;{name}&apos; {found}; use one of {modes}</source>
        <translation>未知的 &apos;{name}&apos; {found}；请使用以下之一：{modes}</translation>
    </message>
    <message>
        <source>max pool</source>
        <translation>最大池化</translation>
    </message>
    <message>
        <source>avg pool</source>
        <translation>平均池化</translation>
    </message>
    <message>
        <source>conv</source>
        <translation>卷积</translation>
    </message>
    <message>
        <source>stride {s}</source>
        <translation>步幅 {s}</translation>
    </message>
    <message>
        <source>dilation {d}</source>
        <translation>膨胀 {d}</translation>
    </message>
    <message>
        <source>{n} filters</source>
        <translation>{n} 个滤波器</translation>
    </message>
    <message>
        <source>pad {p}</source>
        <translation>填充 {p}</translation>
    </message>
    <message>
        <source>ceil</source>
        <translation>向上取整</translation>
    </message>
    <message>
        <source>{field} · jump {j}</source>
        <translation>{field} · 等效步幅 {j}</translation>
    </message>
    <message>
        <source>input</source>
        <translation>输入</translation>
    </message>
    <message>
        <source>Input {shape}: each cell sees itself (receptive field 1×1)</source>
        <translation>输入 {shape}：每个单元格只看到自身（感受野 1×1）</translation>
    </message>
    <message>
        <source>Layer {n} · {type} {kh}×{kw}: {shape_in} → {shape_out}</source>
        <translation>第 {n} 层 · {type} {kh}×{kw}：{shape_in} → {shape_out}</translation>
    </message>
    <message>
        <source>{n} of {total} layers work</source>
        <translation>{total} 层中有 {n} 层可用</translation>
    </message>
    <message>
        <source>1 layer</source>
        <translation>1 层</translation>
    </message>
    <message>
        <source>{n} layers</source>
        <translation>{n} 层</translation>
    </message>
    <message>
        <source>{count} · {shapes} · {params} parameters</source>
        <translation>{count} · {shapes} · {params} 个参数</translation>
    </message>
    <message>
        <source>cannot work</source>
        <translation>无法计算</translation>
    </message>
</context>
</TS>

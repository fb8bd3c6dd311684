package io.claimstream.embeddings;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Rewrites the int8 MiniLM graph so that several texts can run as one batch and each still gets the
 * vector it gets alone. The graph quantizes every activation before a matrix product with
 * DynamicQuantizeLinear, whose scale and zero point come from the minimum and maximum of the whole
 * tensor: in a batch, of all its texts. Here each DynamicQuantizeLinear becomes the same arithmetic
 * (the range widened to hold 0, scale = range / 255, zero point = round(-min / scale)) over each
 * text's rows alone (axis 0 of [texts, word pieces, width]), quantized by ONNX Runtime's per-axis
 * QuantizeLinear; and since MatMulInteger takes one zero point per tensor, each product runs
 * without it and then subtracts zero point x column sums of the weights, which is exact in int32.
 * A batch of texts of one length (no padding, which would enter the range) thus gives every text
 * its one-text vector, and one text alone gives the original graph's.
 */
final class PerTextQuantization {

    private PerTextQuantization() {
    }

    // ONNX field numbers (onnx.proto): ModelProto.graph, ModelProto.opset_import, GraphProto.node,
    // GraphProto.initializer, NodeProto.input/output/name/op_type/attribute/domain
    private static final int MODEL_GRAPH = 7;
    private static final int MODEL_OPSET_IMPORT = 8;
    private static final int GRAPH_NODE = 1;
    private static final int GRAPH_INITIALIZER = 5;
    private static final int NODE_INPUT = 1;
    private static final int NODE_OUTPUT = 2;
    private static final int NODE_NAME = 3;
    private static final int NODE_OP_TYPE = 4;
    private static final int NODE_ATTRIBUTE = 5;
    private static final int NODE_DOMAIN = 7;
    private static final int UINT8 = 2;
    private static final int INT32 = 6;

    private static final String ZERO = "per_text/zero";
    private static final String LEVELS = "per_text/255";
    private static final String FLAT = "per_text/flat";

    static byte[] rewrite(byte[] model) {
        Protobuf.Writer out = new Protobuf.Writer();
        for (Protobuf.Field field : Protobuf.read(model)) {
            if (field.number() == MODEL_GRAPH) {
                out.bytes(MODEL_GRAPH, graph(field.bytes()));
            } else {
                out.copy(field);
            }
        }
        // per-axis QuantizeLinear is ONNX Runtime's (the graph's opset 11 has it per tensor only)
        out.bytes(MODEL_OPSET_IMPORT, new Protobuf.Writer().text(1, "com.microsoft").number(2, 1).toBytes());
        return out.toBytes();
    }

    private static byte[] graph(byte[] graph) {
        Protobuf.Writer out = new Protobuf.Writer();
        Map<String, String> zeroPointsAsInt32 = new HashMap<>();
        int rewritten = 0;
        for (Protobuf.Field field : Protobuf.read(graph)) {
            if (field.number() != GRAPH_NODE) {
                out.copy(field);
                continue;
            }
            List<Protobuf.Field> node = Protobuf.read(field.bytes());
            String op = texts(node, NODE_OP_TYPE).stream().findFirst().orElse("");
            List<String> in = texts(node, NODE_INPUT);
            List<String> outputs = texts(node, NODE_OUTPUT);
            if (op.equals("DynamicQuantizeLinear")) {
                String p = "per_text/" + rewritten++ + "/";
                quantizePerText(out, in.get(0), outputs.get(0), outputs.get(1), p);
                zeroPointsAsInt32.put(outputs.get(2), p + "zero_point_int32");
            } else if (op.equals("MatMulInteger") && zeroPointsAsInt32.containsKey(in.get(2))) {
                multiplyPerText(out, in.get(0), in.get(1), zeroPointsAsInt32.get(in.get(2)), in.get(3), outputs.get(0));
            } else {
                out.copy(field);
            }
        }
        if (rewritten == 0) {
            throw new IllegalStateException("the embedding model has no DynamicQuantizeLinear to make per text");
        }
        out.bytes(GRAPH_INITIALIZER, floatScalar(ZERO, 0f));
        out.bytes(GRAPH_INITIALIZER, floatScalar(LEVELS, 255f));
        out.bytes(GRAPH_INITIALIZER, new Protobuf.Writer().number(1, 1).number(2, 7).text(8, FLAT)
                .bytes(9, ByteBuffer.allocate(8).order(ByteOrder.LITTLE_ENDIAN).putLong(-1).array()).toBytes());
        return out.toBytes();
    }

    /** DynamicQuantizeLinear's arithmetic over each text's rows: scale and zero point of shape [texts, 1, 1]. */
    private static void quantizePerText(Protobuf.Writer out, String x, String quantized, String scale, String p) {
        node(out, "ReduceMax", List.of(x), p + "max", axes(1, 2), keepDims());
        node(out, "ReduceMin", List.of(x), p + "min", axes(1, 2), keepDims());
        node(out, "Max", List.of(p + "max", ZERO), p + "max0");
        node(out, "Min", List.of(p + "min", ZERO), p + "min0");
        node(out, "Sub", List.of(p + "max0", p + "min0"), p + "range");
        node(out, "Div", List.of(p + "range", LEVELS), scale);
        node(out, "Div", List.of(p + "min0", scale), p + "min_levels");
        node(out, "Neg", List.of(p + "min_levels"), p + "zero_point_unclipped");
        node(out, "Clip", List.of(p + "zero_point_unclipped", ZERO, LEVELS), p + "zero_point_clipped");
        node(out, "Round", List.of(p + "zero_point_clipped"), p + "zero_point");
        node(out, "Cast", List.of(p + "zero_point"), p + "zero_point_uint8", castTo(UINT8));
        node(out, "Cast", List.of(p + "zero_point"), p + "zero_point_int32", castTo(INT32));
        node(out, "Reshape", List.of(scale, FLAT), p + "scale_per_text");
        node(out, "Reshape", List.of(p + "zero_point_uint8", FLAT), p + "zero_point_per_text");
        Protobuf.Writer quantize = new Protobuf.Writer();
        List.of(x, p + "scale_per_text", p + "zero_point_per_text").forEach(i -> quantize.text(NODE_INPUT, i));
        quantize.text(NODE_OUTPUT, quantized).text(NODE_NAME, quantized + "/per_text").text(NODE_OP_TYPE, "QuantizeLinear")
                .bytes(NODE_ATTRIBUTE, intAttribute("axis", 0)).text(NODE_DOMAIN, "com.microsoft");
        out.bytes(GRAPH_NODE, quantize.toBytes());
    }

    /** (A - zero point) x (W - w zero point) in int32, with one zero point per text. */
    private static void multiplyPerText(Protobuf.Writer out, String a, String weights, String zeroPoint,
                                        String weightZeroPoint, String product) {
        String p = product + "/per_text/";
        node(out, "MatMulInteger", List.of(a, weights, "", weightZeroPoint), p + "without_zero_point");
        // column sums of the weights, from constants only: ONNX Runtime folds them once at load
        node(out, "Cast", List.of(weights), p + "weights_int32", castTo(INT32));
        node(out, "Cast", List.of(weightZeroPoint), p + "weight_zero_point_int32", castTo(INT32));
        node(out, "Sub", List.of(p + "weights_int32", p + "weight_zero_point_int32"), p + "centred_weights");
        node(out, "ReduceSum", List.of(p + "centred_weights"), p + "column_sums", axes(0), intAttribute("keepdims", 0));
        node(out, "Mul", List.of(zeroPoint, p + "column_sums"), p + "zero_point_term");
        node(out, "Sub", List.of(p + "without_zero_point", p + "zero_point_term"), product);
    }

    private static void node(Protobuf.Writer graph, String op, List<String> inputs, String output, byte[]... attributes) {
        Protobuf.Writer node = new Protobuf.Writer();
        inputs.forEach(i -> node.text(NODE_INPUT, i));
        node.text(NODE_OUTPUT, output).text(NODE_NAME, output + "/node").text(NODE_OP_TYPE, op);
        for (byte[] attribute : attributes) {
            node.bytes(NODE_ATTRIBUTE, attribute);
        }
        graph.bytes(GRAPH_NODE, node.toBytes());
    }

    private static List<String> texts(List<Protobuf.Field> message, int number) {
        return message.stream().filter(f -> f.number() == number).map(Protobuf.Field::text).toList();
    }

    // AttributeProto: name 1, i 3, ints 8, type 20 (INT 2, INTS 7); TensorProto: dims 1, data_type 2, name 8, raw_data 9
    private static byte[] intAttribute(String name, long value) {
        return new Protobuf.Writer().text(1, name).number(3, value).number(20, 2).toBytes();
    }

    private static byte[] axes(long... axes) {
        Protobuf.Writer attribute = new Protobuf.Writer().text(1, "axes");
        for (long axis : axes) {
            attribute.number(8, axis);
        }
        return attribute.number(20, 7).toBytes();
    }

    private static byte[] keepDims() {
        return intAttribute("keepdims", 1);
    }

    private static byte[] castTo(int type) {
        return intAttribute("to", type);
    }

    private static byte[] floatScalar(String name, float value) {
        return new Protobuf.Writer().number(2, 1).text(8, name)
                .bytes(9, ByteBuffer.allocate(4).order(ByteOrder.LITTLE_ENDIAN).putFloat(value).array()).toBytes();
    }
}

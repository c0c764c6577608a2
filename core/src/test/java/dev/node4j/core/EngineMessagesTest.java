package dev.node4j.core;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * GraalJS 25 runtime messages, with the source section GraalJS gives the failing expression,
 * against what Node 25 (V8) says and where its caret points for the same source.
 */
class EngineMessagesTest {

    /** The site is the first occurrence of {@code expr} in {@code source}. */
    private static EngineMessages.V8 v8(String name, String graal, String source, String expr) {
        int at = source.indexOf(expr);
        assertThat(at).as("expression in source").isNotNegative();
        return EngineMessages.toV8(name, graal, new EngineMessages.Site(source, at, at + expr.length()));
    }

    /** The caret as a column on its line, as Node prints it. */
    private static int column(String source, EngineMessages.V8 v8) {
        return v8.caret() - (source.lastIndexOf('\n', v8.caret() - 1) + 1);
    }

    @Test
    void propertyReadsNameTheProperty() {
        String src = "function get(o) {\n  return o.value.deep;\n}";
        var r = v8("TypeError", "Cannot read property 'deep' of undefined", src, "o.value.deep");
        assertThat(r.message()).isEqualTo("Cannot read properties of undefined (reading 'deep')");
        assertThat(column(src, r)).isEqualTo(17);   // at "deep"

        src = "let d = {};\nd['k'].z;";
        r = v8("TypeError", "Cannot read property 'z' of null", src, "d['k'].z");
        assertThat(r.message()).isEqualTo("Cannot read properties of null (reading 'z')");
        assertThat(column(src, r)).isEqualTo(7);

        src = "o.a['f'];";   // computed: at the bracket
        assertThat(column(src, v8("TypeError", "Cannot read property 'f' of undefined", src, "o.a['f']"))).isEqualTo(3);
    }

    @Test
    void anAccessAfterACallOrOptionalChainPointsAtTheDot() {
        String src = "api.client.get('x').then(() => {});";
        assertThat(column(src, v8("TypeError", "Cannot read property 'then' of undefined", src, "api.client.get('x').then")))
                .isEqualTo(19);
        src = "o?.a.b;";
        assertThat(column(src, v8("TypeError", "Cannot read property 'b' of undefined", src, "o?.a.b"))).isEqualTo(4);
        src = "(d.a).b;";
        assertThat(column(src, v8("TypeError", "Cannot read property 'b' of undefined", src, "(d.a).b"))).isEqualTo(6);
    }

    @Test
    void destructuringQuotesTheSourceOfTheValue() {
        String src = "const s = (o) => { const {x} = o.y; };";
        var r = v8("TypeError", "Cannot read property 'x' of undefined", src, "x");
        assertThat(r.message()).isEqualTo("Cannot destructure property 'x' of 'o.y' as it is undefined.");
        src = "let o;\nconst { a, b } = o;";
        assertThat(v8("TypeError", "Cannot read property 'a' of null", src, "a").message())
                .isEqualTo("Cannot destructure property 'a' of 'o' as it is null.");
        src = "const { a: { b } } = o;";   // nested: V8 reads
        assertThat(v8("TypeError", "Cannot read property 'b' of undefined", src, "b").message())
                .isEqualTo("Cannot read properties of undefined (reading 'b')");
    }

    @Test
    void setAndConstantAssignmentPointAtTheOperator() {
        String src = "let d;\nd['x'] = 1;";
        var r = v8("TypeError", "Cannot set property 'x' of undefined", src, "d['x'] = 1");
        assertThat(r.message()).isEqualTo("Cannot set properties of undefined (setting 'x')");
        assertThat(column(src, r)).isEqualTo(7);

        src = "const x = 1;\nx += 2;";
        r = v8("TypeError", "Assignment to constant \"x\"", src, "x += 2");
        assertThat(r.message()).isEqualTo("Assignment to constant variable.");
        assertThat(column(src, r)).isEqualTo(2);
        src = "const x = 1;\nx++;";
        assertThat(column(src, v8("TypeError", "Assignment to constant \"x\"", src, "x++"))).isEqualTo(1);
    }

    @Test
    void constructorsAndIterablesAreNamedByTheirSource() {
        assertThat(v8("TypeError", "() => {} is not a constructor", "const A = () => {};\nnew A();", "new A()").message())
                .isEqualTo("A is not a constructor");
        assertThat(v8("TypeError", "m(){} is not a constructor", "new o.m(1);", "new o.m(1)").message())
                .isEqualTo("o.m is not a constructor");

        String src = "const n = 5;\nconst [a] = n;";
        var r = v8("TypeError", "5 is not iterable", src, "[a] = n");
        assertThat(r.message()).isEqualTo("n is not iterable");
        assertThat(column(src, r)).isEqualTo(12);
        src = "for (const k of (null)) {}";
        r = v8("TypeError", "null is not iterable", src, src);
        assertThat(r.message()).isEqualTo("null is not iterable");
        assertThat(column(src, r)).isEqualTo(17);
        assertThat(v8("TypeError", "{} is not iterable", "let n = {};\n[...n];", "...n").message())
                .isEqualTo("n is not iterable");
        assertThat(v8("TypeError", "5 is not iterable", "f(...n);", "...n").message())
                .isEqualTo("Spread syntax requires ...iterable[Symbol.iterator] to be a function");
    }

    @Test
    void iteratingNullOrAMemberNamesTheSource() {
        String src = "const config = { plugins: null };\nfor (const p of config.plugins) {\n}";
        var r = v8("TypeError", "Cannot read property 'Symbol(Symbol.iterator)' of null", src, "for (const p of config.plugins) {\n}");
        assertThat(r.message()).isEqualTo("config.plugins is not iterable");
        assertThat(column(src, r)).isEqualTo(23);   // at "plugins"
        assertThat(v8("TypeError", "Cannot read property 'Symbol(Symbol.iterator)' of null", "[...null];", "...null")
                .message()).isEqualTo("null is not iterable");
        src = "console.log(total(...data.values));";
        r = v8("TypeError", "3 is not iterable", src, "...data.values");
        assertThat(r.message()).isEqualTo("Spread syntax requires ...iterable[Symbol.iterator] to be a function");
        assertThat(column(src, r)).isEqualTo(26);
    }

    @Test
    void destructuringQuotesCallsAndAwaitsAsV8Does() {
        assertThat(v8("TypeError", "Cannot read property 'a' of undefined", "const { a } = o.g(1, 2);", "a").message())
                .isEqualTo("Cannot destructure property 'a' of 'o.g(...)' as it is undefined.");
        assertThat(v8("TypeError", "Cannot read property 'rows' of undefined", "const { rows } = await fetchData();", "rows")
                .message()).isEqualTo("Cannot destructure property 'rows' of '(intermediate value)' as it is undefined.");
    }

    @Test
    void notAFunctionKeepsTheCalleeButPointsLikeV8() {
        String src = "const obj = {};\nobj.foo();";
        var r = v8("TypeError", "obj.foo is not a function", src, "obj.foo()");
        assertThat(r.message()).isEqualTo("obj.foo is not a function");
        assertThat(column(src, r)).isEqualTo(4);
        src = "o['f']();";
        r = v8("TypeError", "o[\"f\"] is not a function", src, "o['f']()");
        assertThat(r.message()).isEqualTo("o.f is not a function");
        assertThat(column(src, r)).isEqualTo(6);
        assertThat(v8("TypeError", "u is not a function", "u();", "u()")).isNull();   // already V8's
    }

    @Test
    void bigIntMixingPointsAtTheOperator() {
        String src = "const b = 1 + 2 * a;";
        var r = v8("TypeError", "Cannot mix BigInt and other types, use explicit conversions.", src, "2 * a");
        assertThat(r.message()).isEqualTo("Cannot mix BigInt and other types, use explicit conversions");
        assertThat(column(src, r)).isEqualTo(16);
        src = "console.log(a + 1);";
        r = v8("TypeError", "Cannot convert a BigInt value to a number", src, "a + 1");
        assertThat(r.message()).isEqualTo("Cannot mix BigInt and other types, use explicit conversions");
        assertThat(column(src, r)).isEqualTo(14);
        assertThat(v8("TypeError", "Cannot convert a BigInt value to a number", "+a;", "+a")).isNull();
    }

    @Test
    void fixedWordings() {
        assertThat(v8("RangeError", "toFixed() fraction digits need to be in range 0-100", "(1).toFixed(200)", "(1).toFixed(200)")
                .message()).isEqualTo("toFixed() digits argument must be between 0 and 100");
        assertThat(v8("TypeError", "Right-hand-side of instanceof is not callable", "a instanceof b", "a instanceof b")
                .message()).isEqualTo("Right-hand side of 'instanceof' is not callable");
    }

    @Test
    void errorsTheProgramMadeKeepTheirWords() {
        String src = "throw new TypeError(\"Cannot read property 'x' of undefined\");";
        assertThat(v8("TypeError", "Cannot read property 'x' of undefined", src,
                "new TypeError(\"Cannot read property 'x' of undefined\")")).isNull();
        assertThat(v8("Error", "Cannot read property 'x' of undefined", "o.x", "o.x")).isNull();
        assertThat(v8("TypeError", "Cannot read property 'x' of undefined", "f(1)", "f(1)")).isNull();
    }
}

package dev.praxis.graphql;

import graphql.GraphQLContext;
import graphql.execution.CoercedVariables;
import graphql.language.FloatValue;
import graphql.language.IntValue;
import graphql.language.StringValue;
import graphql.language.Value;
import graphql.schema.Coercing;
import graphql.schema.CoercingParseLiteralException;
import graphql.schema.CoercingParseValueException;
import graphql.schema.CoercingSerializeException;
import graphql.schema.GraphQLScalarType;

import java.math.BigDecimal;
import java.util.Locale;

/** Exact decimals, written as strings so that no JSON parser rounds money. Accepts strings and numbers. */
final class DecimalScalar {
    private DecimalScalar() {
    }

    static final GraphQLScalarType DECIMAL = GraphQLScalarType.newScalar()
            .name("Decimal")
            .coercing(new Coercing<BigDecimal, String>() {
                @Override
                public String serialize(Object value, GraphQLContext context, Locale locale) {
                    if (value instanceof BigDecimal decimal) {
                        return decimal.toPlainString();
                    }
                    throw new CoercingSerializeException("not a decimal");
                }

                @Override
                public BigDecimal parseValue(Object input, GraphQLContext context, Locale locale) {
                    try {
                        return switch (input) {
                            case String text -> new BigDecimal(text.strip());
                            case Number number -> new BigDecimal(number.toString());
                            default -> throw new CoercingParseValueException("a Decimal is a string such as \"1250.00\"");
                        };
                    } catch (NumberFormatException e) {
                        throw new CoercingParseValueException("'" + input + "' is not a decimal number");
                    }
                }

                @Override
                public BigDecimal parseLiteral(Value<?> input, CoercedVariables variables, GraphQLContext context, Locale locale) {
                    try {
                        return switch (input) {
                            case StringValue text -> new BigDecimal(text.getValue().strip());
                            case IntValue number -> new BigDecimal(number.getValue());
                            case FloatValue number -> number.getValue();
                            default -> throw new CoercingParseLiteralException("a Decimal is a string such as \"1250.00\"");
                        };
                    } catch (NumberFormatException e) {
                        throw new CoercingParseLiteralException("not a decimal number");
                    }
                }
            })
            .build();
}

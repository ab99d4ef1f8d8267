/**
 * A pasted id or link looks the product up by its id or its other id. The unique index starts with
 * the platform, so without this one an id alone read the whole products table.
 */
export const productsByIdSchema = `
CREATE INDEX products_id ON products (id);
`;

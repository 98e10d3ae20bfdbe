import { installSeam, SeamRequest } from '../../../local/seam';

describe('the local seam', () => {
  it('hands every database request of the genuine SDK to the router, with its action and EJSON params', async () => {
    const seen: SeamRequest[] = [];
    installSeam(async (request) => {
      seen.push(request);
      return { requestId: 'r1', data: { insertedIds: ['id-1'] } };
    });
    // eslint-disable-next-line @typescript-eslint/no-var-requires
    const cloud = require('wx-server-sdk');
    cloud.init({ env: cloud.DYNAMIC_CURRENT_ENV });
    const result = await cloud.database().collection('tickets').add({ data: { n: 1 } });
    expect(result._id).toBe('id-1');
    expect(seen).toHaveLength(1);
    expect(seen[0].action).toBe('database.insertDocument');
    expect(seen[0].params.collectionName).toBe('tickets');
    expect(JSON.parse(seen[0].params.data[0])).toEqual({ n: { $numberInt: '1' } });
  });

  it('turns an error answer into the cloud error code, and a second install replaces the router', async () => {
    installSeam(async () => ({ code: 'DATABASE_COLLECTION_NOT_EXIST', message: 'no such collection' }));
    // eslint-disable-next-line @typescript-eslint/no-var-requires
    const cloud = require('wx-server-sdk');
    cloud.init({ env: cloud.DYNAMIC_CURRENT_ENV });
    await expect(cloud.database().collection('missing').get()).rejects.toMatchObject({ errCode: -502005 });
  });
});

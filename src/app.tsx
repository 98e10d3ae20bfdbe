import { useEffect } from 'react';
import type { PropsWithChildren } from 'react';
import Taro from '@tarojs/taro';
import { devOpenid } from './services/identity';
import { initCloud, isH5 } from './services/platform';
import './app.css';

initCloud();

function App({ children }: PropsWithChildren) {
  useEffect(() => {
    // In a browser there is no WeChat identity: choose a demo identity first.
    if (isH5 && !devOpenid() && !window.location.hash.includes('dev-login')) {
      void Taro.reLaunch({ url: '/pages/dev-login/index' });
    }
  }, []);
  return children;
}

export default App;
